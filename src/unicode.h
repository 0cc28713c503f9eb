/* unicode: the character classes lede uses, as computed from utf8proc.
 *
 * Owns: what a code point's class is (text.h's CP_ flags).  Header only:
 * scripts/gen-tables computes the classes of the Basic Multilingual Plane
 * at build time (the tables text.h reads), text.c those of the rest.
 */
#ifndef LEDE_UNICODE_H
#define LEDE_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

#include <utf8proc.h>

#include "text.h"

/* Could NFC change text that holds c?  Only a character that may compose
 * with one before it (a combining mark, a vowel sign such as U+09BE, a
 * conjoining Hangul jamo) or one whose NFC is another (a composition
 * exclusion, a singleton like U+212B ANGSTROM SIGN) can; most text has
 * none, and is spared the normalisation. */
static inline bool nfc_sensitive(int32_t c)
{
    const utf8proc_property_t *p = utf8proc_get_property(c);
    bool second = p->comb_index != UINT16_MAX && p->comb_index >= 0x8000;
    if (p->combining_class != 0 || second || (c >= 0x1100 && c <= 0x11FF) ||
        (c >= 0xD7B0 && c <= 0xD7FF))
        return true;
    if (p->decomp_type != 0 || p->decomp_seqindex == UINT16_MAX)
        return false; /* no canonical decomposition */
    utf8proc_int32_t d[8];
    utf8proc_ssize_t k = utf8proc_decompose_char(c, d, 8, UTF8PROC_DECOMPOSE, NULL);
    if (k < 1 || k > 8)
        return true;
    k = utf8proc_normalize_utf32(d, k, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    return k != 1 || d[0] != c;
}

/* The class of c, as utf8proc says. */
static inline unsigned cp_class_compute(int32_t c)
{
    unsigned k = CP_KNOWN;
    if (c < 0x80) {
        if (c == ' ' || (c >= 0x09 && c <= 0x0D))
            k |= CP_SPACE;
        if (c < 0x20 || c == 0x7F)
            k |= CP_INVISIBLE;
        if (c >= 'A' && c <= 'Z')
            k |= CP_LETTER | CP_UPPER;
        if (c >= 'a' && c <= 'z')
            k |= CP_LETTER | CP_LOWER;
        if (c >= '0' && c <= '9')
            k |= CP_DIGIT;
    }
    utf8proc_category_t cat = utf8proc_category(c);
    if (c >= 0x80) {
        if (c == 0x85 || c == 0x2028 || c == 0x2029 || cat == UTF8PROC_CATEGORY_ZS)
            k |= CP_SPACE;
        /* the zero-width joiner shapes emoji and scripts: kept */
        if (c != 0x200D && (cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF ||
                            cat == UTF8PROC_CATEGORY_CS || cat == UTF8PROC_CATEGORY_CO ||
                            cat == UTF8PROC_CATEGORY_CN))
            k |= CP_INVISIBLE;
        if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO)
            k |= CP_LETTER;
        if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT)
            k |= CP_UPPER;
        if (cat == UTF8PROC_CATEGORY_LL)
            k |= CP_LOWER;
        if (cat == UTF8PROC_CATEGORY_ND)
            k |= CP_DIGIT;
        if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME)
            k |= CP_MARK;
    }
    if (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO)
        k |= CP_PUNCT;
    if (c >= 0x300 && nfc_sensitive(c))
        k |= CP_NFC;
    return k;
}

#endif
