/* wordhash: the hashes and sizes of the look-up tables.
 *
 * Owns: the hash functions and table sizes that scripts/gen-tables builds
 * the tables with at compile time and measure.c and dateline.c look them up
 * with, in one place so that the two agree.  Header only.
 */
#ifndef LEDE_WORDHASH_H
#define LEDE_WORDHASH_H

#include <stddef.h>
#include <stdint.h>

#include "text.h"

#define STOP_SLOTS 4096 /* a power of two, over twice the stopwords */
#define STOP_LONGEST 24 /* bytes: no stopword is longer */
#define CUE_WORDS 3     /* the cues as sets of 64-bit words: at most 192 cues */

/* The first eight bytes of a word of len bytes at p (readable for 8). */
static inline uint64_t word_head(const char *p, size_t len)
{
    return text_load64(p) & (~0ull >> (8 * (8 - (len < 8 ? len : 8)))); /* len >= 1 */
}

/* A word's hash: its slot in the low bits, its key's tag above them. */
static inline uint32_t hash_word(const char *p, size_t len, uint64_t head)
{
    if (len > 8) {
        uint64_t z;
        memcpy(&z, p + len - 8, 8);
        head ^= z * 0xff51afd7ed558ccdull;
    }
    return (uint32_t)(((head ^ len) * 0x9E3779B97F4A7C15ull) >> 40);
}

static inline uint16_t stop_key_of(size_t len, uint32_t hash)
{
    return (uint16_t)(len << 8 | ((hash >> 12) & 0xFF));
}

/* The hash of a word set (WordSet): FNV-1a over its bytes. */
static inline uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

#endif
