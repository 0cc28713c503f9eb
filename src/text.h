/* text: UTF-8 and Unicode helpers shared by every stage.
 *
 * Owns: decoding code points, what counts as space, letter, upper case and
 * punctuation (via utf8proc, never ASCII tables), and text_clean(), the one
 * place where text is made fit for output: whitespace folded, control and
 * invisible characters dropped, invalid bytes replaced, NFC applied.
 */
#ifndef LEDE_TEXT_H
#define LEDE_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Decode the code point at s[i]; returns the byte length (>= 1).  An
 * invalid or truncated sequence yields U+FFFD and length 1. */
size_t utf8_decode(const char *s, size_t n, size_t i, int32_t *cp);
/* Length of the code point that ends just before s[i] (i > 0). */
size_t utf8_back(const char *s, size_t i);
void utf8_encode(Buf *b, int32_t cp);
bool utf8_valid(const char *s, size_t n);

bool cp_space(int32_t c);     /* any Unicode space, incl. NBSP and line ends */
bool cp_invisible(int32_t c); /* controls, format chars, to be dropped */
bool cp_letter(int32_t c);
bool cp_upper(int32_t c);     /* Lu or Lt */
bool cp_lower(int32_t c);
bool cp_digit(int32_t c);
bool cp_punct(int32_t c);     /* P* categories */
bool cp_dash(int32_t c);      /* - – — and friends */

/* Clean s[0..n) into a new malloc'd string: see above.  *out_len may be
 * NULL. */
char *text_clean(const char *s, size_t n, size_t *out_len);
/* Append s[0..n) folded to lower case (for word look-ups) to b. */
void text_lower(Buf *b, const char *s, size_t n);
/* Number of code points. */
size_t text_chars(const char *s, size_t n);
/* Equal after case folding and ignoring everything but letters/digits. */
bool text_loose_eq(const char *a, const char *b);

#endif
