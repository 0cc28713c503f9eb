/* buf: growable byte buffers and checked allocation. */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>

static void oom(void)
{
    fputs("lede: out of memory\n", stderr);
    exit(2);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom();
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        oom();
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        oom();
    return p;
}

char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void buf_reserve(Buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : (extra + 1 > 64 ? extra + 1 : 64);
    while (cap < b->len + extra + 1) {
        if (cap > ((size_t)-1) / 2)
            oom();
        cap *= 2;
    }
    b->p = xrealloc(b->p, cap);
    b->cap = cap;
    b->p[b->len] = '\0';
}

void buf_add(Buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    if (n)
        memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

void buf_adds(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

void buf_addc_slow(Buf *b, char c) { buf_add(b, &c, 1); }

void buf_clear(Buf *b)
{
    b->len = 0;
    if (b->cap)
        b->p[0] = '\0';
}

void buf_free(Buf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

char *buf_take(Buf *b)
{
    char *s = b->p ? b->p : xstrndup("", 0);
    b->p = NULL;
    b->len = b->cap = 0;
    return s;
}

int buf_write(const Buf *b, int fd)
{
    for (size_t off = 0; off < b->len;) {
        ssize_t w = write(fd, b->p + off, b->len - off);
        if (w < 0 && errno != EINTR)
            return -1;
        off += w > 0 ? (size_t)w : 0;
    }
    return 0;
}
