/* decode: page bytes to clean UTF-8.
 *
 * Owns: choosing the charset, in this order: the one forced by --charset;
 * a BOM; the bytes themselves when they are valid, non-ASCII UTF-8; one
 * declared by the transport (a WARC record's HTTP header); one declared in
 * the page (<meta charset>, http-equiv, <?xml encoding?>) when it is HTML;
 * else windows-1252.  Conversion is by iconv.  The result is always valid
 * UTF-8 without NUL bytes.
 */
#ifndef LEDE_DECODE_H
#define LEDE_DECODE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *borrowed; /* the text: valid UTF-8, no NUL bytes; either
                             text, or the input itself when it needed
                             nothing (then text is NULL) */
    char *text;           /* malloc'd and NUL-terminated, or NULL */
    size_t len;
    char charset[40];     /* what was used, e.g. "UTF-8", "WINDOWS-1252" */
    char warning[120];    /* non-empty when a label was unusable */
} Decoded;

void decode_page(const char *p, size_t n, const char *forced, const char *transport,
                 bool look_in_page, Decoded *out);
/* The charset a page declares in its markup, into name (size cap); false if
 * none. */
bool decode_declared(const char *p, size_t n, char *name, size_t cap);
/* True when iconv can convert from the label (after aliasing). */
bool decode_known(const char *label);

#endif
