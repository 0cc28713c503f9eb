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
#include <string.h>

#include "buf.h"

/* Eight bytes at p as a number whose bits 8k..8k+7 are byte k, on any
 * machine: the word-at-a-time scans find "the first byte flagged" as the
 * lowest flag. */
static inline uint64_t text_load64(const char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

size_t utf8_decode_multi(const char *s, size_t n, size_t i, int32_t *cp);

/* Decode the code point at s[i]; returns the byte length (>= 1).  An
 * invalid or truncated sequence yields U+FFFD and length 1. */
static inline size_t utf8_decode(const char *s, size_t n, size_t i, int32_t *cp)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
        *cp = ((c & 0x1F) << 6) | ((unsigned char)s[i + 1] & 0x3F);
        return 2;
    }
    /* three bytes (punctuation, CJK): not overlong, no surrogate */
    if (c >= 0xE0 && c <= 0xEF && i + 2 < n) {
        unsigned c1 = (unsigned char)s[i + 1], c2 = (unsigned char)s[i + 2];
        int32_t v = (int32_t)(((c & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F));
        if ((c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80 && v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) {
            *cp = v;
            return 3;
        }
    }
    return utf8_decode_multi(s, n, i, cp);
}
/* Length of the code point that ends just before s[i] (i > 0). */
size_t utf8_back(const char *s, size_t i);
void utf8_encode(Buf *b, int32_t cp);
bool utf8_valid(const char *s, size_t n);

/* Character classes, from utf8proc: for the Basic Multilingual Plane in
 * tables built at compile time (scripts/gen-tables), in blocks of 256 code
 * points that are stored once however often they repeat. */
enum {
    CP_KNOWN = 1,     /* (every class has it) */
    CP_SPACE = 2,     /* any Unicode space, incl. NBSP and line ends */
    CP_INVISIBLE = 4, /* controls, format chars, to be dropped */
    CP_LETTER = 8,
    CP_UPPER = 16,    /* Lu or Lt */
    CP_LOWER = 32,
    CP_DIGIT = 64,
    CP_PUNCT = 128,   /* P* categories */
    CP_NFC = 256,     /* text that holds it may change under NFC */
    CP_MARK = 512     /* M* categories: a vowel sign, an accent that combines */
};
extern const uint8_t cp_class_index[256];    /* c >> 8: the block of c's class */
extern const uint16_t cp_class_blocks[][256];
extern const uint8_t cp_lower_index[256];    /* the same for lower case: 0 where */
extern const uint16_t cp_lower_blocks[][256]; /* it is the character itself */
unsigned cp_class_of(int32_t c); /* computes it (past the plane) */
static inline unsigned cp_class(int32_t c)
{
    if ((uint32_t)c < 0x10000)
        return cp_class_blocks[cp_class_index[c >> 8]][c & 0xFF];
    return cp_class_of(c);
}
static inline bool cp_space(int32_t c) { return cp_class(c) & CP_SPACE; }
static inline bool cp_invisible(int32_t c) { return cp_class(c) & CP_INVISIBLE; }
static inline bool cp_letter(int32_t c) { return cp_class(c) & CP_LETTER; }
static inline bool cp_upper(int32_t c) { return cp_class(c) & CP_UPPER; }
static inline bool cp_lower(int32_t c) { return cp_class(c) & CP_LOWER; }
static inline bool cp_digit(int32_t c) { return cp_class(c) & CP_DIGIT; }
static inline bool cp_punct(int32_t c) { return cp_class(c) & CP_PUNCT; }
static inline bool cp_mark(int32_t c) { return cp_class(c) & CP_MARK; }
bool cp_dash(int32_t c);      /* - – — and friends */
int32_t cp_tolower(int32_t c); /* simple lower-case mapping, tabled like the classes */

/* Clean s[0..n) into a new malloc'd string: see above.  *out_len may be
 * NULL. */
char *text_clean(const char *s, size_t n, size_t *out_len);
/* The same into out (emptied first; NUL-terminated); returns the number
 * of code points. */
size_t text_clean_buf(Buf *out, const char *s, size_t n);
/* Append s[0..n) folded to lower case (for word look-ups) to b. */
void text_lower(Buf *b, const char *s, size_t n);
/* Set out to s[0..n)'s letters and digits only, lower case, up to max
 * bytes: for comparing text whose spacing and punctuation differ. */
void text_fold_alnum(const char *s, size_t n, size_t max, Buf *out);
/* Append s (malloc'd; the list takes it) to the list of *n strings, unless
 * one there is loosely equal (text_loose_eq) or the list holds max already:
 * then s is freed.  True when it was added. */
bool text_add_unique(char ***list, size_t *n, char *s, size_t max);
/* Number of code points. */
size_t text_chars(const char *s, size_t n);
/* Does s[0..n) hold a letter, in any script? */
bool text_has_letter(const char *s, size_t n);
/* or a letter or a digit? */
bool text_has_alnum(const char *s, size_t n);
/* Equal after case folding and ignoring everything but letters/digits. */
bool text_loose_eq(const char *a, const char *b);
bool text_loose_eqn(const char *a, size_t na, const char *b, size_t nb); /* the same, lengths given */
/* The first letter or digit of s[0..n), lower case, or -1: texts that
 * match so (equal, or one the start of the other) start with the same. */
int32_t text_first_alnum(const char *s, size_t n);
/* Does s start with p, so compared, ending where a word of s ends? */
bool text_loose_prefix(const char *s, const char *p);
/* Does s start with the lower-case phrase h, ASCII and Latin-1 letters in
 * any case? */
bool text_starts_ci(const char *s, const char *h);
/* A set of lower-case phrases looked for at the start of a text, ASCII
 * letters in any case.  The phrases are filed by the low five bits of
 * their first byte and of their second (the same for both cases of a
 * letter): the phrases a text may start with are those in both sets, so
 * most texts are turned away by two look-ups.  scripts/gen-tables files
 * every word list of at most 64 entries so, as phrases_NAME. */
typedef struct {
    const char *const *list; /* NULL-terminated, at most 64 */
    uint64_t first[32];      /* bit i: list[i]'s first byte is filed there */
    uint64_t second[32];     /* and its second */
} TextPhrases;
/* The index of the first phrase that s starts with, or -1. */
static inline int text_phrase_at(const TextPhrases *ps, const char *s)
{
    if (!s[0] || !s[1])
        return -1;
    for (uint64_t set = ps->first[s[0] & 31] & ps->second[s[1] & 31]; set; set &= set - 1)
        if (text_starts_ci(s, ps->list[__builtin_ctzll(set)]))
            return __builtin_ctzll(set);
    return -1;
}

/* Does s start with one of the phrases, as whole words ("re:" opens "Re:
 * Hello", "join" does not open "Joined")? */
bool text_opens_with(const TextPhrases *ps, const char *s);

/* A filter on the first two bytes of a word for a list of lower-case
 * words, before the list is searched: false when no word of the list can
 * start so.  ASCII letters match in either case (bytes are filed by their
 * low five bits); a byte of 0x80 or more always may.  scripts/gen-tables
 * builds one for every word list, as starts_NAME. */
typedef struct {
    uint32_t pair[32];
} TextStarts;
/* s: readable for two bytes */
static inline bool text_starts_maybe(const TextStarts *t, const char *s)
{
    unsigned char a = (unsigned char)s[0], b = (unsigned char)s[1];
    return ((a | b) & 0x80) || (t->pair[a & 31] >> (b & 31) & 1);
}

/* A word list as a hash set (built for every list by scripts/gen-tables,
 * as set_NAME): slot[h] is 1 + the index of the entry filed at h, 0 when
 * empty; open addressing over hash_bytes (wordhash.h). */
typedef struct {
    const char *const *list;
    const uint16_t *slot;
    uint32_t mask;
} WordSet;

/* The length of the separator between a title and a site's or section's
 * name (" | ", " - ", ...: src/words/title-separators.txt) that starts s,
 * or 0. */
size_t text_title_sep(const char *s);
/* Where the last title separator in s[0..n) starts, at or after byte
 * from; n when there is none.  *tail: where the text after it starts. */
size_t text_last_title_sep(const char *s, size_t n, size_t from, size_t *tail);
/* The words of s[0..n): runs of other bytes than spaces. */
size_t text_words(const char *s, size_t n);
/* The bytes of s that match so (up to p's last letter or digit), or 0. */
size_t text_loose_span(const char *s, const char *p);
/* Is s[0..n) (under 64 bytes), with ASCII letters in lower case and the
 * characters of trim taken off its end, one of list (NULL-ended)? */
bool text_is_one_of(const char *s, size_t n, const char *trim, const char *const *list);

#endif
