/* buf: growable byte buffers and checked allocation.
 *
 * Owns: memory growth for every stage, and writing a buffer out whole.  Allocation failure is fatal: lede
 * prints one line and exits 2, as documented in lede(1).
 */
#ifndef LEDE_BUF_H
#define LEDE_BUF_H

#include <stddef.h>

typedef struct {
    char *p;     /* always NUL-terminated when cap > 0 */
    size_t len;
    size_t cap;
} Buf;

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrndup(const char *s, size_t n);

void buf_reserve(Buf *b, size_t extra);
void buf_add(Buf *b, const char *s, size_t n);
void buf_adds(Buf *b, const char *s);
void buf_addc_slow(Buf *b, char c);
static inline void buf_addc(Buf *b, char c)
{
    if (b->len + 2 <= b->cap) {
        b->p[b->len++] = c;
        b->p[b->len] = '\0';
    } else {
        buf_addc_slow(b, c);
    }
}
void buf_clear(Buf *b);
void buf_free(Buf *b);
/* Hand the contents over as a malloc'd NUL-terminated string; b is reset. */
char *buf_take(Buf *b);
/* Write all of b to the file descriptor, through short writes and
 * interruptions: 0, or -1 with errno set. */
int buf_write(const Buf *b, int fd);

#endif
