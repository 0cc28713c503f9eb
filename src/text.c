/* text: UTF-8 and Unicode helpers shared by every stage. */
#include "text.h"
#include "unicode.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

size_t utf8_decode_multi(const char *s, size_t n, size_t i, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s + i;
    size_t left = n - i;
    unsigned c = u[0];
    if (c >= 0xC2 && c <= 0xDF) {
        if (left >= 2 && (u[1] & 0xC0) == 0x80) {
            *cp = (int32_t)(((c & 0x1F) << 6) | (u[1] & 0x3F));
            return 2;
        }
    } else if (c >= 0xE0 && c <= 0xEF) {
        if (left >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
            int32_t v = (int32_t)(((c & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F));
            if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) {
                *cp = v;
                return 3;
            }
        }
    } else if (c >= 0xF0 && c <= 0xF4) {
        if (left >= 4 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80 &&
            (u[3] & 0xC0) == 0x80) {
            int32_t v = (int32_t)(((c & 0x07) << 18) | ((u[1] & 0x3F) << 12) |
                                  ((u[2] & 0x3F) << 6) | (u[3] & 0x3F));
            if (v >= 0x10000 && v <= 0x10FFFF) {
                *cp = v;
                return 4;
            }
        }
    } else if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    *cp = 0xFFFD; /* a stray continuation byte, an overlong or truncated form */
    return 1;
}

size_t utf8_back(const char *s, size_t i)
{
    size_t k = 1;
    while (k < 4 && k < i && ((unsigned char)s[i - k] & 0xC0) == 0x80)
        k++;
    int32_t cp;
    if (utf8_decode(s, i, i - k, &cp) == k)
        return k;
    return 1;
}

void utf8_encode(Buf *b, int32_t cp)
{
    unsigned char tmp[4];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, tmp);
    buf_add(b, (const char *)tmp, (size_t)n);
}

bool utf8_valid(const char *s, size_t n)
{
    /* the forms utf8_decode takes, checked in place: no code point is
     * built */
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        /* ASCII sixteen bytes at a time (eight without SSE2), to the first
         * byte that is not, then one at a time near the end */
#ifdef __SSE2__
        while (i + 16 <= n) {
            unsigned high = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)));
            if (high) {
                i += (size_t)__builtin_ctz(high);
                break;
            }
            i += 16;
        }
#else
        while (i + 8 <= n) {
            uint64_t high = text_load64(s + i) & 0x8080808080808080ull;
            if (high) {
                i += (size_t)__builtin_ctzll(high) / 8;
                break;
            }
            i += 8;
        }
#endif
        while (i < n && u[i] < 0x80)
            i++;
        if (i >= n)
            break;
        unsigned c = u[i];
        size_t left = n - i;
        if (c >= 0xC2 && c <= 0xDF) {
            if (left < 2 || (u[i + 1] & 0xC0) != 0x80)
                return false;
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            /* not overlong (E0 80..9F), not a surrogate (ED A0..BF) */
            if (left < 3 || (u[i + 1] & 0xC0) != 0x80 || (u[i + 2] & 0xC0) != 0x80 ||
                (c == 0xE0 && u[i + 1] < 0xA0) || (c == 0xED && u[i + 1] >= 0xA0))
                return false;
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            /* not overlong (F0 80..8F), not past U+10FFFF (F4 90..BF) */
            if (left < 4 || (u[i + 1] & 0xC0) != 0x80 || (u[i + 2] & 0xC0) != 0x80 ||
                (u[i + 3] & 0xC0) != 0x80 || (c == 0xF0 && u[i + 1] < 0x90) ||
                (c == 0xF4 && u[i + 1] >= 0x90))
                return false;
            i += 4;
        } else {
            return false;
        }
    }
    return true;
}

unsigned cp_class_of(int32_t c)
{
    return cp_class_compute(c);
}

int32_t cp_tolower(int32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c < 0x10000) {
        uint16_t l = cp_lower_blocks[cp_lower_index[c >> 8]][c & 0xFF];
        return l ? l : c;
    }
    return utf8proc_tolower(c);
}

bool cp_dash(int32_t c)
{
    return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 ||
           c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212;
}

/* The NFC form of the segment s[0..n) appended to out; false if utf8proc
 * refuses it. */
static bool nfc_append(Buf *out, const char *s, size_t n)
{
    const utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    utf8proc_int32_t small[256], *cp = small;
    utf8proc_ssize_t k = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, small,
                                            256, opt);
    if (k > 256) {
        cp = xmalloc((size_t)k * sizeof *cp);
        k = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, cp, k, opt);
    }
    utf8proc_ssize_t m = k >= 0 ? utf8proc_reencode(cp, k, opt) : -1;
    if (m >= 0)
        buf_add(out, (const char *)cp, (size_t)m);
    if (cp != small)
        free(cp);
    return m >= 0;
}

/* NFC for the valid UTF-8 in b, where only the segments that hold an
 * NFC-sensitive character go through utf8proc.  A segment starts at an
 * ASCII byte and runs up to the next: an ASCII character is a starter that
 * composes with nothing before it and stops reordering, so segments
 * normalise alone, and a paragraph with one decomposed "ö" costs a word,
 * not the paragraph.  True if b changed. */
static bool nfc_segments(Buf *b)
{
    const char *s = b->p;
    size_t n = b->len, copied = 0, i = 0;
    Buf out = {0};
    bool ok = true;
    while (i < n && ok) {
        while (i < n && (unsigned char)s[i] < 0x80)
            i++;
        if (i == n)
            break;
        size_t from = i > 0 ? i - 1 : 0, to = i; /* the ASCII starter before it */
        bool sensitive = false;
        while (to < n && (unsigned char)s[to] >= 0x80) {
            int32_t c;
            size_t k = utf8_decode(s, n, to, &c);
            sensitive |= (cp_class(c) & CP_NFC) != 0;
            to += k;
        }
        if (sensitive) {
            buf_add(&out, s + copied, from - copied);
            ok = nfc_append(&out, s + from, to - from);
            copied = to;
        }
        i = to;
    }
    if (!ok || !out.p) { /* nothing to change (or utf8proc refused: kept as is) */
        buf_free(&out);
        return false;
    }
    buf_add(&out, s + copied, n - copied);
    buf_reserve(&out, 16); /* room past the end, as text_clean_buf keeps */
    buf_free(b);
    *b = out;
    return true;
}

/* One pass: runs of printable ASCII are copied eight bytes at a time,
 * everything else a character at a time.  Output never outgrows input but
 * for U+FFFD in place of an invalid byte (3 for 1), so room is made there. */
size_t text_clean_buf(Buf *out, const char *s, size_t n)
{
    Buf b = *out;
    b.len = 0;
    buf_reserve(&b, n + 16); /* sixteen: the block copy may write past the end */
    char *o = b.p;
    size_t len = 0, chars = 0, i = 0;
    bool space = false, nfc = false;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
#ifdef __SSE2__
        /* as below (without SSE2), sixteen bytes at a time; the last few
         * from a copy, whose zeros past the end stop the run (not from
         * a byte that would stop it at once) */
        if (c > ' ' && c < 0x7F) {
            __m128i v;
            if (i + 16 <= n) {
                v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            } else {
                char tail[16] = {0};
                memcpy(tail, s + i, n - i);
                v = _mm_loadu_si128((const __m128i *)(const void *)tail);
            }
            /* (signed: a byte of 0x80 or more is below 0x20 too) */
            unsigned ctl = (unsigned)_mm_movemask_epi8(_mm_or_si128(
                _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))));
            unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
            unsigned stop = ctl | (sp & (sp << 1));
            size_t m = stop ? (size_t)__builtin_ctz(stop) : 16;
            if (m) {
                if (space)
                    o[len++] = ' ', chars++;
                _mm_storeu_si128((__m128i *)(void *)(o + len), v);
                space = (sp >> (m - 1)) & 1;
                len += m - space;
                chars += m - space;
                i += m;
                continue;
            }
        }
#else
        if (c > ' ' && c < 0x7F && i + 8 <= n) {
            uint64_t v = text_load64(s + i);
            uint64_t ctl = (v - 0x2020202020202020ull) & ~v; /* < 0x20, or >= 0x80 */
            uint64_t t = v ^ 0x7F7F7F7F7F7F7F7Full;
            uint64_t del = (t - 0x0101010101010101ull) & ~t; /* == 0x7F */
            t = v ^ 0x2020202020202020ull;
            uint64_t sp = ((t - 0x0101010101010101ull) & ~t) & 0x8080808080808080ull; /* ' ' */
            /* the bytes before the first that is not printable ASCII or
             * that doubles a space are copied whole; a space that ends
             * them waits for what follows */
            uint64_t stop = ((ctl | del | v) & 0x8080808080808080ull) | (sp & (sp << 8));
            size_t m = stop ? (size_t)__builtin_ctzll(stop) / 8 : 8;
            if (m) {
                if (space)
                    o[len++] = ' ', chars++;
                memcpy(o + len, s + i, 8);
                space = (sp >> (8 * m - 1)) & 1;
                len += m - space;
                chars += m - space;
                i += m;
                continue;
            }
        }
#endif
        if (c < 0x80) {
            i++;
            if (c == ' ' || (c >= 0x09 && c <= 0x0D)) {
                space = len > 0;
            } else if (c >= 0x20 && c != 0x7F) {
                if (space)
                    o[len++] = ' ', chars++;
                space = false;
                o[len++] = (char)c;
                chars++;
            }
            continue;
        }
        int32_t cp;
        size_t k = utf8_decode(s, n, i, &cp);
        unsigned cls = cp_class(cp);
        if (cls & CP_SPACE) {
            space = len > 0;
        } else if (!(cls & CP_INVISIBLE)) {
            if (k == 1) { /* an invalid byte: U+FFFD, three bytes for one */
                b.len = len;
                buf_reserve(&b, len + 4 + (n - i) + 16);
                o = b.p;
            }
            if (space)
                o[len++] = ' ', chars++;
            space = false;
            switch (k) { /* fixed sizes, copied inline */
            case 1: memcpy(o + len, "\xEF\xBF\xBD", 3), len += 3; break;
            case 2: memcpy(o + len, s + i, 2), len += 2; break;
            case 3: memcpy(o + len, s + i, 3), len += 3; break;
            default: memcpy(o + len, s + i, 4), len += 4; break;
            }
            chars++;
            nfc |= (cls & CP_NFC) != 0;
        }
        i += k;
    }
    b.len = len;
    if (nfc && nfc_segments(&b))
        chars = text_chars(b.p, b.len);
    b.p[b.len] = '\0';
    *out = b;
    return chars;
}

char *text_clean(const char *s, size_t n, size_t *out_len)
{
    Buf b = {0};
    text_clean_buf(&b, s, n);
    if (out_len)
        *out_len = b.len;
    return buf_take(&b);
}

void text_lower(Buf *b, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        i += utf8_decode(s, n, i, &cp);
        if (cp < 0x80)
            buf_addc(b, (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp));
        else
            utf8_encode(b, cp_tolower(cp));
    }
}

size_t text_chars(const char *s, size_t n)
{
    /* count the bytes that are not UTF-8 continuation bytes (10xxxxxx) */
    size_t c = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, s + i, 8);
        uint64_t cont = v & ~(v << 1) & 0x8080808080808080ull; /* bit7 set, bit6 clear */
        c += 8 - (size_t)(((cont >> 7) * 0x0101010101010101ull) >> 56);
    }
    for (; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static int32_t next_alnum(const char *s, size_t n, size_t *i)
{
    while (*i < n) {
        unsigned char c = (unsigned char)s[*i];
        if (c < 0x80) { /* ASCII, without a look-up */
            ++*i;
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                return c | 0x20;
            if (c >= '0' && c <= '9')
                return c;
            continue;
        }
        int32_t cp;
        *i += utf8_decode(s, n, *i, &cp);
        if (cp_letter(cp) || cp_digit(cp))
            return cp_tolower(cp);
    }
    return -1;
}

int32_t text_first_alnum(const char *s, size_t n)
{
    size_t i = 0;
    return next_alnum(s, n, &i);
}

bool text_loose_eq(const char *a, const char *b)
{
    return text_loose_eqn(a, strlen(a), b, strlen(b));
}

bool text_loose_eqn(const char *a, size_t na, const char *b, size_t nb)
{
    size_t i = 0, j = 0;
    for (;;) {
        int32_t x = next_alnum(a, na, &i), y = next_alnum(b, nb, &j);
        if (x != y)
            return false;
        if (x < 0)
            return true;
    }
}

size_t text_loose_span(const char *s, const char *p)
{
    size_t ns = strlen(s), np = strlen(p), i = 0, j = 0;
    int32_t y = next_alnum(p, np, &j);
    if (y < 0)
        return 0;
    for (; y >= 0; y = next_alnum(p, np, &j))
        if (next_alnum(s, ns, &i) != y)
            return 0;
    /* and s's word ends there */
    int32_t c = 0;
    if (i < ns)
        utf8_decode(s, ns, i, &c);
    return cp_letter(c) || cp_digit(c) ? 0 : i;
}

static bool ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

bool text_opens_with(const TextPhrases *ps, const char *s)
{
    int k = text_phrase_at(ps, s);
    if (k < 0)
        return false;
    size_t l = strlen(ps->list[k]);
    return !ascii_alnum((unsigned char)s[l]) || !ascii_alnum((unsigned char)s[l - 1]);
}

bool text_starts_ci(const char *s, const char *h)
{
    for (unsigned char prev = 0; *h; s++, h++) {
        unsigned char c = (unsigned char)*s;
        /* Cyrillic's capitals А to Я (D0 90 to D0 AF): а to п are D0 B0 to
         * D0 BF, р to я D1 80 to D1 8F, the lead byte compared with them */
        if (c == 0xD0 && (unsigned char)s[1] >= 0x90 && (unsigned char)s[1] <= 0xAF) {
            unsigned char t = (unsigned char)s[1];
            unsigned char lead = t < 0xA0 ? 0xD0 : 0xD1, low = t < 0xA0 ? t + 0x20 : t - 0x20;
            if ((unsigned char)h[0] != lead || (unsigned char)h[1] != low)
                return false;
            s++, h++;
            prev = 0;
            continue;
        }
        /* (and Latin-1's capitals, U+00C0 to U+00DE but for U+00D7, after
         * their lead byte: "Über", "Ähnliche", "À lire") */
        bool upper = (c >= 'A' && c <= 'Z') ||
                     (prev == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97);
        if ((upper ? c + 32 : c) != (unsigned char)*h)
            return false;
        prev = c;
    }
    return true;
}


size_t text_title_sep(const char *s)
{
    for (const char *const *p = words_title_separators; *p; p++) {
        size_t n = strlen(*p);
        if (!strncmp(s, *p, n))
            return n;
    }
    return 0;
}

size_t text_words(const char *s, size_t n)
{
    size_t words = 0;
    for (size_t i = 0; i < n; i++)
        words += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
    return words;
}

size_t text_last_title_sep(const char *s, size_t n, size_t from, size_t *tail)
{
    for (size_t at = n; at-- > from;) {
        size_t sep = s[at] == ' ' ? text_title_sep(s + at) : 0; /* (each starts so) */
        if (sep && at + sep <= n) {
            *tail = at + sep;
            return at;
        }
    }
    *tail = n;
    return n;
}

bool text_loose_prefix(const char *s, const char *p)
{
    return text_loose_span(s, p) > 0;
}

bool text_is_one_of(const char *s, size_t n, const char *trim, const char *const *list)
{
    char low[64];
    if (n >= sizeof low)
        return false;
    bool ascii = true;
    for (size_t i = 0; i < n; i++) {
        low[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
        ascii &= (unsigned char)s[i] < 0x80;
    }
    /* (other scripts' capitals too: "Γράφει") */
    Buf wide = {0};
    if (!ascii) {
        text_lower(&wide, s, n);
        if (wide.len >= sizeof low) {
            buf_free(&wide);
            return false;
        }
        memcpy(low, wide.p, wide.len);
        n = wide.len;
        buf_free(&wide);
    }
    while (n && strchr(trim, low[n - 1]))
        n--;
    low[n] = '\0';
    for (const char *const *l = list; *l; l++)
        if (**l == low[0] && !strcmp(low, *l))
            return true;
    return false;
}

void text_fold_alnum(const char *s, size_t n, size_t max, Buf *out)
{
    buf_clear(out);
    for (size_t i = 0; i < n && out->len < max;) {
        int32_t c;
        size_t k = utf8_decode(s, n, i, &c);
        if (cp_letter(c) || cp_digit(c))
            text_lower(out, s + i, k);
        i += k;
    }
}

static bool has_class(const char *s, size_t n, unsigned cls)
{
    for (size_t i = 0; i < n;) {
        int32_t c;
        i += utf8_decode(s, n, i, &c);
        if (cp_class(c) & cls)
            return true;
    }
    return false;
}

bool text_has_letter(const char *s, size_t n)
{
    return has_class(s, n, CP_LETTER);
}

bool text_has_alnum(const char *s, size_t n)
{
    return has_class(s, n, CP_LETTER | CP_DIGIT);
}

bool text_add_unique(char ***list, size_t *n, char *s, size_t max)
{
    for (size_t i = 0; i < *n; i++)
        if (text_loose_eq((*list)[i], s)) {
            free(s);
            return false;
        }
    if (*n >= max) {
        free(s);
        return false;
    }
    *list = xrealloc(*list, (*n + 1) * sizeof **list);
    (*list)[(*n)++] = s;
    return true;
}
