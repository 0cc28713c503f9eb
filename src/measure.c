/* measure: what each block says of itself, measured the same way for HTML
 * and raw text. */
#include "measure.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "buf.h"
#include "date.h"
#include "text.h"
#include "words.h"

#define REPEAT_RUN 3          /* blocks and */
#define REPEAT_GAP 4          /* a twin this far after the last one's twin still runs on */
#define REPEAT_RUN_CHARS 1000 /* characters: a repeated run this long is a copy of the article */
#define REPEAT_LONG_PARA 150  /* or one that holds two paragraphs this long */

/* The stopwords are in an open-addressing hash table that scripts/gen-tables
 * builds (words.h).  A slot's key (its word's length and eight more bits of
 * its hash) sits in a small array of its own, so that most words that are
 * no stopword are turned away without leaving the first-level cache; a
 * match then compares the word's first eight bytes as one number.  Before
 * the table, a filter: bit (second byte & 31) of word_pair[length][first
 * byte & 31] is set when a stopword of that length could start with those
 * bytes, bit 32 + that when a cue could, so that one look-up serves both. */

/* w: lower case, 1 to STOP_LONGEST bytes, readable for 8, past the
 * filter of word_pair */
static inline bool is_stopword(const char *w, size_t n)
{
    uint64_t head = word_head(w, n);
    uint32_t hash = hash_word(w, n, head);
    uint16_t key = stop_key_of(n, hash);
    for (uint32_t h = hash & (STOP_SLOTS - 1); stop_key[h]; h = (h + 1) & (STOP_SLOTS - 1)) {
        size_t e = stop_entry[h] - 1u;
        if (stop_key[h] == key && stop_head[e] == head &&
            (n <= 8 || memcmp(stopword_table[e] + 8, w + 8, n - 8) == 0))
            return true;
    }
    return false;
}

/* The cues (src/words/page-cues.txt): phrases that only boilerplate uses,
 * in the main languages (lower case), the first part a cookie notice's own
 * (a block with one is a notice however long it is).  A block is checked
 * for them word by word: only where a word is the first word of a cue (or,
 * for a one-word cue, starts with it). */
#define NOTICE_CUES WORDS_PAGE_CUES_PART1

/* Lines that are only a label, whole (lower case, without end
 * punctuation): an ad slot's, a box's.  HTML only: in raw text such a line
 * between paragraphs is the page's furniture, and left out anyway. */

/* A post's taxonomy line: "Tags: a, b, c", "Posted in X | Tagged Y" (lower
 * case, matched at the start of a short line that ends no sentence). */

static bool is_taxonomy(const Block *b)
{
    return b->chars <= 200 && !b->ends_sentence && text_phrase_at(&phrases_page_taxonomy, b->text) >= 0;
}

static bool is_label(const Block *b)
{
    /* an image's credit line ("Bildrechte: MDR/...") */
    if (b->chars <= 200 && (text_starts_ci(b->text, "bildrechte") || text_starts_ci(b->text, "bildquelle")))
        return true;
    /* a rights line ("Copyright 2004 Town News", "© Jane Roe") */
    if (b->chars <= 120 && (text_starts_ci(b->text, "copyright") || text_starts_ci(b->text, "\xC2\xA9") ||
                            text_starts_ci(b->text, "(c) ")))
        return true;
    return b->chars <= 20 && text_is_one_of(b->text, b->len, ":. ", words_page_labels);
}

static inline bool cjk(int32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

static inline bool sentence_end(int32_t c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 ||
           c == 0xFF01 || c == 0xFF1F || c == 0x061F || c == 0x0964;
}

static inline bool closer(int32_t c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
           c == 0x00BB || c == 0x300D || c == 0x300F || c == 0xFF09;
}

/* The word being read, lower-cased, in a fixed buffer: only words up to
 * STOP_LONGEST bytes can be stopwords, so longer ones are just counted. */
typedef struct {
    char p[STOP_LONGEST + 16]; /* room for a 16-byte copy at any length kept */
    size_t len;
    size_t start; /* where it starts in the block's text */
    bool upper;
} Word;

/* ASCII letters and digits, lower-cased; 0 for every other byte. */
static const char word_byte[256] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
    ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
    ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
    ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
    ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
    ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
    ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
    ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
    ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
    ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
};

/* The cues as sets of CUE_WORDS 64-bit words (built by scripts/gen-tables):
 * bit i set for cue i in cue_first[c] when its first byte's low five bits
 * are c, in cue_second[c] when its second's are, and in cue_len[l] when a
 * word of l bytes could start it (its first word has that length; a
 * one-word cue may be the start of a longer word).  The cues a word may
 * start are in all three; cue_head[i] is the length of its first word. */

/* Which of the cues in set (cues[base + bit]) starts at the word w of
 * s[0..n): its index, or -1. */
static long cue_at(const char *s, size_t n, const Word *w, uint64_t set, size_t base)
{
    for (; set; set &= set - 1) {
        size_t i = base + (size_t)__builtin_ctzll(set);
        const char *q = words_page_cues[i];
        size_t h = cue_head[i];
        /* the cue's first word is this word; a one-word cue may begin it */
        if (q[h] ? h != w->len : h > w->len)
            continue;
        size_t k = 0;
        while (k < h && q[k] == w->p[k])
            k++;
        if (k < h)
            continue;
        k = 0;
        while (q[k] && w->start + k < n) {
            unsigned char t = (unsigned char)s[w->start + k];
            if ((t >= 'A' && t <= 'Z' ? t + 32 : t) != (unsigned char)q[k])
                break;
            k++;
        }
        if (q[k])
            continue;
        /* a cue of words ends where a word ends ("satellite image" is not
         * "satellite imagery"), a plural's "s" let by, or where words run
         * together, a capital after it ("Create an AccountSign in") */
        size_t end = w->start + k;
        if (q[h] && end < n && word_byte[(unsigned char)q[k - 1]]) {
            end += end + 1 < n && s[end] == 's';
            unsigned char c = end < n ? (unsigned char)s[end] : 0;
            if (word_byte[c] && !(c >= 'A' && c <= 'Z'))
                continue;
        }
        return (long)i;
    }
    return -1;
}

/* k (1 to 4) bytes of one character onto w; s is readable for 4 (a
 * block's text is: TEXT_PAD), and so copied as four. */
static inline void word_add(Word *w, const char *s, size_t k)
{
    if (w->len + k <= STOP_LONGEST)
        memcpy(w->p + w->len, s, 4);
    w->len += k;
}

/* A block's counts while features() reads it, kept apart from the block
 * (which a byte stored into a Word could alias) so that they stay in
 * registers. */
typedef struct {
    size_t words, stopwords, upper_words;
    bool cue;       /* a cue was found */
    int cues;       /* ... this many times */
    bool notice;    /* one of the notice's own (and the look stops) */
    bool find_cues; /* the block is short enough to look for them */
    const uint64_t *cue_off; /* the cues off for this page (cues_of_title) */
} Tally;

static inline __attribute__((always_inline)) void count_word(Tally *t, const Block *b, Word *w)
{
    if (!w->len)
        return;
    t->words++;
    t->upper_words += w->upper;
    if (w->len <= STOP_LONGEST) {
        uint64_t maybe = word_pair[w->len][w->p[0] & 31] >> (w->p[1] & 31);
        if (maybe & 1)
            t->stopwords += is_stopword(w->p, w->len);
        if ((maybe >> 32 & 1) && t->find_cues && !t->notice) {
            const uint64_t *first = cue_first[w->p[0] & 31], *second = cue_second[w->p[1] & 31];
            const uint64_t *len = cue_len[w->len];
            for (size_t k = 0; k < CUE_WORDS; k++) {
                uint64_t set = first[k] & second[k] & len[k] & ~t->cue_off[k];
                long at = set ? cue_at(b->text, b->len, w, set, 64 * k) : -1;
                if (at >= 0) {
                    t->cue = true;
                    t->cues++;
                    t->notice |= at < NOTICE_CUES;
                    break;
                }
            }
        }
    }
    w->len = 0;
}


/* The cues the page's own title says are its subject, not a notice (an
 * article on cookies, on JavaScript, on newsletters): off for this page,
 * masked out of each set count_word looks at. */
static void cues_of_title(const char *title, uint64_t cue_off[CUE_WORDS])
{
    memset(cue_off, 0, CUE_WORDS * sizeof *cue_off);
    if (!title)
        return;
    Buf low = {0};
    size_t n = strlen(title);
    text_lower(&low, title, n < 300 ? n : 300); /* a title's length */
    for (size_t p = 0; p < low.len; p++) {
        if (p > 0 && (word_byte[(unsigned char)low.p[p - 1]] || (unsigned char)low.p[p - 1] >= 0x80))
            continue; /* only where a word starts */
        const uint64_t *first = cue_first[low.p[p] & 31], *second = cue_second[low.p[p + 1] & 31];
        for (size_t k = 0; k < CUE_WORDS; k++)
            for (uint64_t set = first[k] & second[k]; set; set &= set - 1) {
                size_t i = 64 * k + (size_t)__builtin_ctzll(set);
                if (!strncmp(low.p + p, words_page_cues[i], strlen(words_page_cues[i])))
                    cue_off[k] |= 1ull << (i % 64);
            }
    }
    buf_free(&low);
}

/* Where the run of ASCII letters and digits at s[i] of a block's text
 * ends: the text's NUL ends it at the latest, and TEXT_PAD bytes past that
 * are readable, so it is read sixteen bytes at a time (eight without
 * SSE2), one branch a word rather than one a byte. */
static inline size_t ascii_word_end(const char *s, size_t i)
{
    _Static_assert(TEXT_PAD >= 16, "a block's text is read 16 bytes at a time");
#ifdef __SSE2__
    /* a byte is in [lo, hi] when, moved so that lo is -128 (signed), it is
     * below -128 + (hi - lo + 1); a byte of 0x80 or more never is */
    const __m128i letter_at = _mm_set1_epi8((char)(0x80 - 'a')), letters = _mm_set1_epi8((char)(-128 + 26));
    const __m128i digit_at = _mm_set1_epi8((char)(0x80 - '0')), digits = _mm_set1_epi8((char)(-128 + 10));
    const __m128i lower = _mm_set1_epi8(0x20);
    for (;; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i l = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, lower), letter_at), letters);
        __m128i d = _mm_cmplt_epi8(_mm_add_epi8(v, digit_at), digits);
        unsigned other = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(l, d)) & 0xFFFF;
        if (other)
            return i + (size_t)__builtin_ctz(other);
    }
#else
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    for (;; i += 8) {
        uint64_t v = text_load64(s + i);
        uint64_t x = v & ~high; /* no carries between bytes below */
        uint64_t lo = x | 0x20 * ones;
        uint64_t letter = (lo + 0x1F * ones) & ~(lo + 0x05 * ones); /* 'a'..'z' */
        uint64_t digit = (x + 0x50 * ones) & ~(x + 0x46 * ones);    /* '0'..'9' */
        uint64_t other = (~(letter | digit) | v) & high;            /* or not ASCII */
        if (other)
            return i + (size_t)__builtin_ctzll(other) / 8;
    }
#endif
}

/* A picture's credit in brackets, the words before a colon: "(Photo:
 * Reuters)", "(Bild: dpa)".  Lower case. */
#define CREDIT_LINE 300 /* characters: a caption is no longer */
#define CREDIT_LONGEST 80 /* bytes: the bracket's credit is no longer */

/* Does s[0..n), which ends with ')', end with a credit in brackets? */
static bool credit_tail(const char *s, size_t n)
{
    size_t open = n - 1;
    while (open > 0 && s[open - 1] != '(' && s[open - 1] != ')' && n - open < CREDIT_LONGEST)
        open--;
    if (!open || s[open - 1] != '(')
        return false;
    const char *colon = memchr(s + open, ':', n - open);
    return colon && text_is_one_of(s + open, (size_t)(colon - (s + open)), " ", words_page_credit_words);
}

/* The letter or digit c (k bytes at s, of class cls) onto the word, in
 * lower case. */
static inline void word_add_lower(Word *w, const char *s, size_t k, int32_t c, unsigned cls)
{
    if (c < 0x80) {
        char low[4] = {(char)((c >= 'A' && c <= 'Z') ? c + 32 : c)};
        word_add(w, low, 1);
        return;
    }
    /* lower case, as UTF-8; most letters already are (a letter or digit
     * not in upper or title case maps to itself: checked over all of
     * Unicode with utf8proc) */
    int32_t l = (cls & CP_UPPER) ? cp_tolower(c) : c;
    if (l == c) {
        word_add(w, s, k);
    } else {
        unsigned char enc[4];
        utf8proc_ssize_t m = utf8proc_encode_char(l, enc);
        word_add(w, (const char *)enc, (size_t)m);
    }
}

/* What a block's end says of it: a teaser's link ("... | mehr", "... |
 * more"), or a caption's credit in brackets ("... the Lords Chamber
 * (Picture: PA)"). */
static bool tail_cue(const Block *b)
{
    const char *s = b->text;
    size_t n = b->len;
    if (n > 7 && b->chars <= 800 && s[n - 5] == ' ' && s[n - 6] == '|' &&
        (!strcmp(s + n - 7, " | mehr") || !strcmp(s + n - 7, " | more")))
        return true;
    return b->chars <= CREDIT_LINE && n > 2 && s[n - 1] == ')' && credit_tail(s, n);
}

/* HTML: a long paragraph (CUE_LOOK characters and more: no cue is looked
 * for in it) that claims the rights to its end, after a "©": "... © NHL
 * 2012. All Rights Reserved." is a site's notice of its marks, however
 * long.  (Raw text may run a whole page into one line.) */
#define CUE_LOOK 800
#define RIGHTS_TAIL 24 /* bytes: "All rights reserved." and its marks */
static bool rights_claim(const Block *b)
{
    const char *sign = strstr(b->text, "\xC2\xA9");
    if (b->chars <= CUE_LOOK || !sign || b->len < RIGHTS_TAIL)
        return false;
    char tail[RIGHTS_TAIL + 1];
    for (size_t k = 0; k < RIGHTS_TAIL; k++) {
        unsigned char c = (unsigned char)b->text[b->len - RIGHTS_TAIL + k];
        tail[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    tail[RIGHTS_TAIL] = '\0';
    for (const char *const *m = words_classify_rights_marks; *m; m++) {
        const char *at = strstr(tail, *m);
        if (at && strlen(at) <= strlen(*m) + 2 && sign < b->text + b->len - RIGHTS_TAIL)
            return true;
    }
    return false;
}

static void features(Block *b, const uint64_t *cue_off)
{
    const char *s = b->text;
    size_t n = b->len, i = 0;
    int32_t last = 0, prev = 0;
    Word w = {0};
    Tally t = {.find_cues = b->chars <= CUE_LOOK, .cue_off = cue_off};
    size_t sentences = 0, commas = 0;
    size_t digits = 0;
    while (i < n) {
        int32_t c = (unsigned char)s[i];
        /* a run of ASCII letters and digits: the common case, in one tight
         * loop with its counts kept in registers */
        if (word_byte[c]) {
            /* words and the single spaces between them, without going
             * back to the top for each space */
            for (;;) {
                if (!w.len) {
                    w.upper = c >= 'A' && c <= 'Z';
                    w.start = i;
                }
                /* find the end (the text's NUL stops it), then keep the
                 * start lower-cased: ASCII letters and digits all have bit
                 * 0x20 set once lower */
                size_t from = i;
                i = ascii_word_end(s, i);
                size_t len = i - from, wl = w.len;
                if (wl < STOP_LONGEST) {
                    size_t m = len < STOP_LONGEST - wl ? len : STOP_LONGEST - wl;
                    if (m <= 16) { /* (readable: TEXT_PAD) */
                        uint64_t v[2];
                        memcpy(v, s + from, 16);
                        v[0] |= 0x2020202020202020ull;
                        v[1] |= 0x2020202020202020ull;
                        memcpy(w.p + wl, v, 16);
                    } else {
                        for (size_t k = 0; k < m; k++)
                            w.p[wl + k] = word_byte[(unsigned char)s[from + k]];
                    }
                    /* digits: a number starts with one (counted in what
                     * was kept) */
                    if (c >= '0' && c <= '9')
                        for (size_t k = 0; k < m; k++)
                            digits += s[from + k] >= '0' && s[from + k] <= '9';
                }
                w.len = wl + len;
                last = (unsigned char)s[i - 1];
                if (s[i] != ' ') { /* (the text's NUL included) */
                    prev = last;
                    break;
                }
                count_word(&t, b, &w);
                prev = ' ';
                c = (unsigned char)s[++i];
                if (!word_byte[c])
                    break;
            }
            continue;
        }
        if (c == ' ') {
            count_word(&t, b, &w);
            prev = c;
            i++;
            continue;
        }
        size_t k = c < 0x80 ? 1 : utf8_decode(s, n, i, &c);
        unsigned cls = cp_class(c); /* (looked up once) */
        if (cjk(c)) {
            count_word(&t, b, &w);
            w.start = i;
            word_add(&w, s + i, k);
            w.upper = false;
            count_word(&t, b, &w);
        } else if ((cls & (CP_LETTER | CP_DIGIT)) ||
                   ((c == '\'' || c == 0x2019) && w.len && i + k < n)) {
            if (!w.len) {
                w.upper = (cls & CP_UPPER) != 0;
                w.start = i;
            }
            word_add_lower(&w, s + i, k, c, cls);
            digits += (cls & CP_DIGIT) != 0;
        } else {
            /* a credit glued to its caption: "... ate a rabbitCredit: Getty" */
            if (c == ':' && w.len > 6 && i >= 7 && b->chars < 300 &&
                !memcmp(s + i - 6, "Credit", 6) && cp_letter((unsigned char)s[i - 7]))
                t.cue = true;
            count_word(&t, b, &w);
            if (c == ',' || c == 0x060C || c == 0x3001 || c == 0xFF0C)
                commas++;
            /* a credit (©) or an embedded post's signature ("(@handle)") */
            if ((c == 0xA9 || (c == '@' && prev == '(')) && b->chars < 300)
                t.cue = true;
            if (sentence_end(c) && !sentence_end(prev))
                sentences++;
        }
        if (!(cls & CP_SPACE) && !closer(c))
            last = c;
        prev = c;
        i += k;
    }
    count_word(&t, b, &w);
    if (tail_cue(b))
        t.cue = true;
    b->words = t.words;
    b->stopwords = t.stopwords;
    b->upper_words = t.upper_words;
    b->sentences = sentences;
    b->commas = commas;
    b->cues = t.cues;
    b->flags &= ~(unsigned)(F_CUE | F_NOTICE);
    if (t.cue)
        b->flags |= t.notice ? F_CUE | F_NOTICE : F_CUE;
    b->digits = digits;
    b->ends_sentence = sentence_end(last);
    b->link_density = b->chars ? (double)b->link_chars / (double)b->chars : 0.0;
    if (b->link_density > 1.0)
        b->link_density = 1.0;
}

/* The block's text is the page's title as its metadata gives it: the
 * same words, or the start of a "Title | Site" <title>. */
#define COUNT_DIGITS 6
static bool is_title(const Block *b, const Meta *m)
{
    const char *t[] = {m->og_title, m->ld_headline, m->twitter_title, m->title};
    for (size_t k = 0; k < 4; k++) {
        if (!t[k])
            continue;
        if (text_loose_eq(b->text, t[k]))
            return true;
        /* (past marks that open it: "» Title :Blog", an empty part) */
        const char *at = t[k];
        for (;;) {
            if (*at == ' ' || (*at && strchr("|:-~>", *at)))
                at++;
            else if (!strncmp(at, "\xC2\xBB", 2))
                at += 2;
            else
                break;
        }
        if (b->len >= 12 && strncmp(at, b->text, b->len) == 0)
            return true;
        /* (or its start in other marks, up to a separator: "Today's
         * Recipe" of "Today’s Recipe - Food Blog") */
        size_t said = b->len >= 12 ? text_loose_span(at, b->text) : 0;
        if (said && (!at[said] || text_title_sep(at + said)))
            return true;
        /* (or the title with a count after it, its comments' badge: "Title
         * 313" of "Title - Site") */
        size_t n = b->len;
        while (n > 0 && b->text[n - 1] >= '0' && b->text[n - 1] <= '9')
            n--;
        if (n < b->len && n >= 13 && b->text[n - 1] == ' ' && b->len - n <= COUNT_DIGITS) {
            char *head = xstrndup(b->text, n - 1);
            said = text_loose_span(at, head);
            free(head);
            if (said && (!at[said] || text_title_sep(at + said)))
                return true;
        }
    }
    return false;
}


/* Headings that open a list of other stories ("Related", "Mehr zum
 * Thema") or a box after the article ("About the author").  Compared with
 * the start of a short line, in lower case. */

static void mark_list_heads(Page *pg)
{
    for (size_t i = 0; i < pg->n; i++) {
        Block *b = &pg->blocks[i];
        if (b->chars <= 50 && b->chars >= 4 && text_phrase_at(&phrases_page_list_heads, b->text) >= 0)
            b->flags |= F_LISTHEAD;
    }
}

/* A reader comment's header: a short line that ends "NAME says:" (in the
 * main languages) and gives a date, or stands over a short dated line
 * ("jane says:" / "May 5, 2019 at 4:47 pm").  A line like that inside an
 * article ("Makali wrote:") has no date; and a thread has more than one. */

static bool has_digit(const Block *b)
{
    return strpbrk(b->text, "0123456789") != NULL;
}

static bool comment_header(const Page *pg, size_t i)
{
    const Block *b = &pg->blocks[i];
    if (b->chars > 100 || b->len < 6 || b->text[b->len - 1] != ':')
        return false;
    bool verb = false;
    for (const char *const *v = words_page_comment_verbs; *v && !verb; v++) {
        size_t vl = strlen(*v);
        verb = b->len > vl && !memcmp(b->text + b->len - vl, *v, vl);
    }
    if (!verb)
        return false;
    const Block *next = i + 1 < pg->n ? &pg->blocks[i + 1] : NULL;
    return has_digit(b) || (next && next->chars <= 40 && has_digit(next));
}

/* The heading of a comment thread, the whole line: "5 Kommentare",
 * "Comments (12)", "3 thoughts on “Title”", "Leave a Reply". */

#define THREAD_QUOTE_LINE 200 /* characters: "3 thoughts on “TITLE”" */
static bool thread_heading(const Block *b)
{
    if (b->chars > THREAD_QUOTE_LINE)
        return false;
    const char *s = b->text;
    /* (a theme's frame or bullet before the count: "{ 69 comments… read
     * them below or add one }", "• 23 Comments") */
    if ((s[0] == '{' && s[1] == ' ') || !strncmp(s, "\xE2\x80\xA2 ", 4))
        s += s[0] == '{' ? 2 : 4;
    /* (the post's title it quotes may be long and end a sentence: "3
     * thoughts on “Why?”") */
    bool count = *s >= '0' && *s <= '9';
    const char *after = s;
    while (*after >= '0' && *after <= '9')
        after++;
    if (count && *after == ' ' && (text_starts_ci(after + 1, "thoughts on ") ||
                                   text_starts_ci(after + 1, "responses to ")))
        return true;
    if (b->chars > 80 || b->words > 12 || b->ends_sentence)
        return false;
    int h = count ? -1 : text_phrase_at(&phrases_page_thread_heads, s);
    if (h >= 0)
        return b->len <= strlen(words_page_thread_heads[h]) + 1;
    /* (a heading that is the word alone: "<h2>Comments</h2>") */
    if (b->kind == KIND_HEADING && text_is_one_of(b->text, b->len, ":", words_page_thread_words))
        return true;
    /* a count, then the word: "5 Kommentare" */
    s = after;
    if (count && *s == ' ')
        s++;
    else if (count || b->text[b->len - 1] != ')')
        return false; /* without a count, only "Comments (12)" */
    int w = text_phrase_at(&phrases_page_thread_words, s);
    /* (one word before it, without a count: "Reader Comments (4)") */
    const char *sp = count ? NULL : strchr(s, ' ');
    if (w < 0 && sp && b->words <= 3 && *s >= 'A' && *s <= 'Z') {
        s = sp + 1;
        w = text_phrase_at(&phrases_page_thread_words, s);
    }
    if (w < 0)
        return false;
    /* with its count before or after it: "Comments (12)" */
    const char *t = s + strlen(words_page_thread_words[w]);
    if (*t == ':' && count)
        t++;
    /* the count and the word, alone or closed by a mark ("53 Comments »",
     * "69 comments… read them below or add one }"), not a post's footer
     * that goes on ("7 comments – permalink") */
    if (count && (!*t || !strncmp(t, " \xC2\xBB", 3) || !strncmp(t, " }", 2) ||
                  !strncmp(t, "\xE2\x80\xA6", 3)))
        return true;
    if (*t == ' ')
        t++;
    if (*t != '(' || t[1] < '0' || t[1] > '9')
        return false;
    for (t++; *t >= '0' && *t <= '9'; t++)
        ;
    return *t == ')' && !t[1];
}

/* Raw text: a reader comment's signature, a short dated line that names
 * who wrote it, signed alike at least three times on the page (a thread
 * signs each of its comments alike):
 *  - opening with the same word, a word that names or answers it among
 *    its words ("Posted by: Nick at November 7, 2012 7:39 AM", "by zdw on
 *    November 14, 2010 at 4:25 pm. Reply #");
 *  - or a name, a dash and the date ("J.J. — July 17th, 2012, 6:18 pm").
 * Sets *key to what the three must share (the first word, or the dash)
 * and returns its length, or 0. */
static size_t signature(const Block *b, const char **key)
{
    char iso[48];
    if (b->chars > 100 || b->digits < 4 || b->words < 3 || strstr(b->text, "(@"))
        return 0;
    /* (an embedded post's credit, "A post shared by Jane (@jane) on Mar
     * 12, 2018", is the article's: its embeds sign alike too) */
    static const char *const dashes[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 "};
    for (size_t k = 0; k < sizeof dashes / sizeof *dashes; k++) {
        const char *d = strstr(b->text, dashes[k]);
        const char *when = d ? d + strlen(dashes[k]) : NULL;
        size_t words = 0;
        for (const char *p = b->text; d && p < d; p++)
            words += *p == ' ';
        if (d && d > b->text && d - b->text <= 40 && words < 4 &&
            ((*when >= '0' && *when <= '9') || date_month_first(when)) &&
            date_iso(when, iso, sizeof iso)) {
            *key = dashes[k];
            return strlen(dashes[k]);
        }
    }
    if (b->words < 4)
        return 0;
    size_t w = strcspn(b->text, " :");
    bool named = false;
    for (const char *p = b->text; *p && !named; p += strcspn(p, " "), p += *p == ' ') {
        size_t n = strcspn(p, " :");
        for (const char *const *sw = words_page_signature_words; *sw && !named; sw++)
            named = strlen(*sw) == n && !strncasecmp(p, *sw, n);
    }
    if (!w || w > 15 || !named || !date_iso(b->text, iso, sizeof iso))
        return 0;
    *key = b->text;
    return w;
}

typedef struct {
    const char *word;
    size_t len, block;
} Signed;

static int signed_cmp(const void *a, const void *b)
{
    const Signed *x = a, *y = b;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    int c = strncasecmp(x->word, y->word, x->len);
    return c ? c : x->block < y->block ? -1 : x->block > y->block;
}

/* (the signatures sorted by their first word, so that a page of many
 * costs n log n) */
static void mark_signatures(Page *pg)
{
    Signed *sg = xmalloc((pg->n ? pg->n : 1) * sizeof *sg);
    size_t n = 0;
    for (size_t i = 0; i < pg->n; i++) {
        const char *key = NULL;
        size_t w = signature(&pg->blocks[i], &key);
        if (w)
            sg[n++] = (Signed){key, w, i};
    }
    qsort(sg, n, sizeof *sg, signed_cmp);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && sg[j].len == sg[i].len && !strncasecmp(sg[j].word, sg[i].word, sg[i].len))
            j++;
        for (size_t k = i; j - i >= 3 && k < j; k++)
            pg->blocks[sg[k].block].flags |= F_COMMENT;
        i = j;
    }
    free(sg);
}

static void mark_comments(Page *pg)
{
    size_t found = 0;
    if (pg->input == INPUT_TEXT) {
        mark_signatures(pg);
        for (size_t i = 0; i < pg->n; i++)
            found += comment_header(pg, i);
    }
    /* (raw text: a line the page says again later, its copies before
     * the last) */
    bool text = pg->input == INPUT_TEXT;
    bool *later = text ? xcalloc(pg->n ? pg->n : 1, sizeof *later) : NULL;
    for (size_t i = 0; text && i < pg->n; i++)
        if (pg->blocks[i].twin >= 0)
            later[pg->blocks[i].twin] = true;
    for (size_t i = 0; i < pg->n; i++) {
        Block *b = &pg->blocks[i];
        if (found >= 2 && comment_header(pg, i))
            b->flags |= F_COMMENT;
        /* a thread's heading ends the part it follows, as a list heading
         * does (unless it is a button the page repeats; in raw text its
         * last copy may still head the thread, when posts follow it:
         * classify.c) */
        if (!(b->flags & F_REPEAT) && thread_heading(b))
            b->flags |= F_LISTHEAD | F_THREAD;
        else if (text && !later[i] && thread_heading(b))
            b->flags |= F_THREAD;
    }
    free(later);
}

/* A site's name is this many words at most: a longer tail of the first
 * line is a title after the site's name ("Site | Section | Title"). */
#define SITE_WORDS 5

/* Does a title separator (" | ", " - ") end just before s[at]? */
static bool after_separator(const char *s, size_t at)
{
    for (const char *const *sep = words_title_separators; *sep; sep++) {
        size_t n = strlen(*sep);
        if (at >= n && !memcmp(s + at - n, *sep, n))
            return true;
    }
    return false;
}

/* Is b the first line's end, after a separator: the site's name of
 * "Title | Site"? */
static bool site_tail(const char *first, size_t first_len, const Block *b)
{
    size_t at = first_len - b->len;
    if (b->len >= first_len || memcmp(first + at, b->text, b->len) != 0)
        return false;
    return after_separator(first, at);
}

/* Does a part of the first line start at its byte at: not after a space
 * in the middle of a phrase ("Ist die Thüringer Bratwurst eine
 * Illusion?"), but at its start, after a separator or a colon ("Site |
 * Title", "Kicker: Title") or glued to what comes before ("Contact-usTitle",
 * as text taken from markup can be)? */
static bool part_start(const char *first, size_t at)
{
    return at == 0 || first[at - 1] != ' ' || (at >= 2 && first[at - 2] == ':') ||
           after_separator(first, at);
}

/* Raw text has no <title>, but WET records and copies start with it: the
 * first line that repeats within the page's first line is the headline;
 * else the first that starts it but for punctuation ("Title…" in
 * "Title... | Site"), which a cut teaser also does, so it comes second. */
/* Two bytes at s, hashed to 0..1023. */
static inline unsigned pair_hash(const char *s)
{
    return ((unsigned)(unsigned char)s[0] << 3 ^ (unsigned char)s[1]) & 1023;
}

static inline bool has_pair(const uint64_t *pairs, const char *s)
{
    unsigned h = pair_hash(s);
    return pairs[h >> 6] >> (h & 63) & 1;
}

/* Raw text: is the line after the first the first line's last part
 * after a separator, of two words or more ("Site » Sam Falconer" over
 * "Sam Falconer"), with a paragraph of prose within two lines under it?
 * A site's name under "Title | Site" stands over a menu, not prose. */
#define TAIL_PROSE 80
static bool short_tail_title(const Page *pg, const char *first, size_t first_len)
{
    const Block *b = &pg->blocks[1];
    if (b->words < 2 || !site_tail(first, first_len, b))
        return false;
    for (size_t k = 2; k < pg->n && k <= 3; k++)
        if (pg->blocks[k].chars >= TAIL_PROSE && pg->blocks[k].sentences >= 1)
            return true;
    return false;
}

static void mark_text_title(Page *pg)
{
    if (pg->n < 3 || pg->blocks[0].chars > 400)
        return;
    const char *first = pg->blocks[0].text;
    size_t first_len = pg->blocks[0].len;
    /* each line's first letter or digit, once asked for (-2 till then):
     * a line that matches the first line (but for the pass that finds it
     * inside) starts as it does */
    size_t lines = pg->n < 400 ? pg->n : 400;
    int32_t *lead = xmalloc(lines * sizeof *lead);
    lead[0] = text_first_alnum(first, first_len);
    for (size_t i = 1; i < lines; i++)
        lead[i] = -2;
    /* the pairs of bytes the first line has (hashed): a line whose first
     * or last two bytes are none of them is no part of it */
    uint64_t pairs[16] = {0};
    for (size_t k = 0; k + 1 < first_len; k++) {
        unsigned h = pair_hash(first + k);
        pairs[h >> 6] |= 1ull << (h & 63);
    }
    /* the first line without a site's name after its last separator
     * ("Title | Site"): NULL when it has none */
    char *main_part = NULL;
    size_t tail, at = text_last_title_sep(first, first_len, 15, &tail), words = 1;
    for (size_t k = tail; k < first_len; k++)
        words += first[k] == ' ';
    if (at < first_len && words <= 3) /* (a site's name; a longer tail may be the title's) */
        main_part = xstrndup(first, at);
    /* the line that says the whole first line, else the longest that is a
     * part of it ("Title" of "Title | Site", not a menu's "Title" of
     * "Title: the rest"), else its start but for punctuation, else a line
     * that starts with it, or with its title without the site's name, and
     * goes on */
    for (int pass = 0; pass < 4; pass++) {
        Block *best = NULL;
        size_t best_said = 0;
        for (size_t i = 1; i < lines; i++) {
            Block *b = &pg->blocks[i];
            /* a short line only as the first line's start, up to a
             * separator ("Gefällt mir" of "Gefällt mir | Blog") */
            bool start = pass == 1 && b->chars >= 4 && b->len < first_len &&
                         !memcmp(first, b->text, b->len) && text_title_sep(first + b->len);
            if (!start && (b->chars < 15 || b->chars > 300 || b->words < 3))
                continue;
            /* (in pass 1, a line that says the first line's start but for
             * punctuation counts too, by the part of it that it says:
             * "Rückbau von Atomkraftwerk Kühltürme gesprengt" says more of
             * "Rückbau von Atomkraftwerk: Kühltürme gesprengt - Politik"
             * than "Kühltürme gesprengt") */
            if (lead[i] == -2)
                lead[i] = text_first_alnum(b->text, b->len);
            bool lead_same = lead[i] == lead[0];
            size_t said = b->len;
            const char *in = pass == 1 && b->len < first_len && has_pair(pairs, b->text) &&
                                     has_pair(pairs, b->text + b->len - 2)
                                 ? strstr(first, b->text)
                                 : NULL;
            bool match = pass == 0 ? lead_same && text_loose_eqn(b->text, b->len, first, first_len)
                         : pass == 2 ? lead_same && text_loose_prefix(first, b->text)
                         /* the first line's whole title, said on and on
                          * ("Title, with the rest"): a <title> cut short,
                          * with or without the site's name after it */
                         : pass == 3 ? b->chars <= 250 && first_len >= 15 &&
                                           b->text[b->len - 1] != '.' && lead_same &&
                                           ((b->len > first_len && text_loose_prefix(b->text, first)) ||
                                            (main_part && b->len > strlen(main_part) &&
                                             text_loose_prefix(b->text, main_part)))
                         : in ? !(site_tail(first, first_len, b) && b->words <= SITE_WORDS) &&
                                    part_start(first, (size_t)(in - first))
                             : !start && lead_same && (said = text_loose_span(first, b->text)) > 0 &&
                                   text_title_sep(first + said);
            if (match && (!best || (pass == 1 && said > best_said)))
                best = b, best_said = said;
            if (best && pass != 1)
                break;
        }
        if (best) {
            best->flags |= F_TITLE;
            break;
        }
        /* (else the short last part of "Site » Post" on the next line,
         * with prose right under it: the post's title) */
        if (pass == 3 && short_tail_title(pg, first, first_len))
            pg->blocks[1].flags |= F_TITLE;
    }
    free(lead);
    free(main_part);
}

/* Text that stands twice on a page is a menu, a teaser or a notice more
 * often than a paragraph.  But a long run of blocks (REPEAT_RUN blocks,
 * REPEAT_RUN_CHARS characters), or a run with two paragraphs of
 * REPEAT_LONG_PARA characters, that repeats a run before it is the article
 * copied (a print or data copy at the end, a preview printed twice): there
 * only the copy is marked, though the first copy has more between its
 * paragraphs (an advertisement's lines). */
static void mark_repeats(Page *pg)
{
    size_t slots = 64;
    while (slots < pg->n * 2)
        slots *= 2;
    long *slot = xmalloc(slots * sizeof *slot);
    for (size_t k = 0; k < slots; k++)
        slot[k] = -1;
    for (size_t i = 0; i < pg->n; i++) {
        Block *b = &pg->blocks[i];
        b->twin = -1;
        if (b->chars < 10)
            continue;
        /* all of its bytes, eight at a time: texts that differ anywhere
         * (lines alike but for a number) do not crowd one slot */
        uint64_t h = b->len * 0x9E3779B97F4A7C15ull, w;
        size_t k8 = 0;
        for (; k8 + 8 <= b->len; k8 += 8) {
            memcpy(&w, b->text + k8, 8);
            h = (h ^ w) * 0xff51afd7ed558ccdull;
            h ^= h >> 32;
        }
        memcpy(&w, b->text + b->len - 8, 8); /* len >= 10: the last eight */
        h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
        h ^= h >> 29;
        for (size_t k = (size_t)h & (slots - 1);; k = (k + 1) & (slots - 1)) {
            if (slot[k] < 0) {
                slot[k] = (long)i;
                break;
            }
            Block *o = &pg->blocks[slot[k]];
            if (o->len == b->len && !memcmp(o->text, b->text, b->len)) {
                o->flags |= F_REPEAT;
                b->flags |= F_REPEAT;
                b->twin = slot[k];
                break;
            }
        }
    }
    for (size_t i = 0; i < pg->n;) {
        size_t j = i;
        /* (the first copy may have more between its paragraphs: an
         * advertisement's lines) */
        const Block *bl = pg->blocks;
        while (j < pg->n && bl[j].twin >= 0 &&
               (j == i || (bl[j].twin > bl[j - 1].twin && bl[j].twin <= bl[j - 1].twin + REPEAT_GAP)))
            j++;
        size_t chars = 0, long_paras = 0;
        for (size_t k = i; k < j; k++) {
            chars += pg->blocks[k].chars;
            /* (prose: not a caption, with a credit or few little words) */
            const Block *b = &pg->blocks[k];
            long_paras += b->chars >= REPEAT_LONG_PARA && !(b->flags & F_CUE) &&
                          b->stopwords * 4 >= b->words;
        }
        if ((j - i >= REPEAT_RUN && chars >= REPEAT_RUN_CHARS) ||
            long_paras >= 2)
            for (size_t k = i; k < j; k++)
                pg->blocks[pg->blocks[k].twin].flags &= ~(unsigned)F_REPEAT;
        i = j > i ? j : i + 1;
    }
    free(slot);
}

/* Is block b a heading, not a menu's, an aside's or a footer's, that
 * says s[0..n)? */
static bool heading_says(const Block *b, const char *s, size_t n)
{
    return b->kind == KIND_HEADING && b->chars >= 4 && !(b->flags & (F_NAV | F_ASIDE | F_FOOTER)) &&
           text_loose_eqn(b->text, b->len, s, n);
}

/* "Site » Blog Archive » Title", "Site: A title of many words": the
 * heading that says the <title>'s last part is the headline, when the page
 * shows its first part, of no more words than a site's name may have
 * (SITE_WORDS), on a line of its own above it (the site's name, over its
 * logo) and no line but that one says the title's start.  Of two parts,
 * the last is the headline's only when it has more words than that
 * ("Title | Site" over its logo is not so), or two words or more after a
 * colon ("Blog Name: Post Title"), whether or not the page shows the
 * blog's name (its banner may be an image). */
static void mark_title_tail(Page *pg)
{
    const char *t[] = {pg->meta.title, pg->meta.og_title};
    for (size_t k = 0; k < 2; k++) {
        if (!t[k])
            continue;
        /* (the first part ends at a separator, else at a colon: "Site:
         * Title", not the kicker's of "Kicker: Title | Section | Site") */
        size_t n = strlen(t[k]), head = 0, tail = 0, sep = 0;
        while (head < n && !(t[k][head] == ' ' && (sep = text_title_sep(t[k] + head))))
            head++;
        if (head >= n) {
            head = 0;
            while (head < n && !(t[k][head] == ':' && t[k][head + 1] == ' ' && (sep = 2)))
                head++;
        }
        /* (the first part a site's name: a headline there ends a
         * "Title | Section | Site" that a heading at the foot names) */
        if (head == 0 || head >= n || text_words(t[k], head) > SITE_WORDS)
            continue;
        size_t last = text_last_title_sep(t[k], n, head + 1, &tail);
        if (last >= n) { /* two parts */
            tail = head + sep;
            /* (after a colon, "Blog Name: Post Title", as blogs title
             * their posts, two words or more) */
            size_t words = text_words(t[k] + tail, n - tail);
            if (t[k][head] == ':' ? words < 2 : words <= SITE_WORDS)
                continue;
        }
        long site = -1, line = -1;
        for (size_t i = 0; i < pg->n; i++) {
            const Block *b = &pg->blocks[i];
            bool says_site = text_loose_eqn(b->text, b->len, t[k], head);
            if ((b->flags & F_TITLE) && !says_site)
                return;
            if (site < 0 && says_site)
                site = (long)i;
            else if (line < 0 && site >= 0 && heading_says(b, t[k] + tail, n - tail))
                line = (long)i;
        }
        /* (or, the site's name not shown, an image's, the heading that
         * says all after "Blog Name:", no link, where nothing says the
         * title) */
        for (size_t i = 0; site < 0 && line < 0 && t[k][head] == ':' && i < pg->n; i++) {
            const Block *b = &pg->blocks[i];
            if (b->link_density < 0.5 && heading_says(b, t[k] + tail, n - tail))
                line = (long)i;
        }
        if ((site >= 0 || t[k][head] == ':') && line >= 0) {
            for (size_t i = 0; i < pg->n; i++)
                pg->blocks[i].flags &= ~(unsigned)F_TITLE;
            pg->blocks[line].flags |= F_TITLE;
            return;
        }
    }
}

void measure_blocks(Page *pg)
{
    const Meta *m = &pg->meta;
    uint64_t cue_off[CUE_WORDS];
    /* (raw text: the first line, when it reads like a title, not like a
     * notice: short, not ending a sentence with a full stop) */
    const Block *top = pg->n ? &pg->blocks[0] : NULL;
    bool titled = top && top->len && top->chars <= 200 && top->text[top->len - 1] != '.';
    cues_of_title(pg->input == INPUT_TEXT ? (titled ? top->text : NULL)
                  : m->og_title           ? m->og_title
                                          : m->title,
                  cue_off);
    /* (in HTML a notice says more than the cues of raw text only) */
    for (size_t i = 0; pg->input == INPUT_HTML && i < WORDS_PAGE_CUES_N; i++)
        if (text_is_one_of(words_page_cues[i], strlen(words_page_cues[i]), "",
                           words_page_html_off_cues))
            cue_off[i / 64] |= 1ull << (i % 64);
    Buf body = {0}, probe = {0};
    if (pg->meta.ld_body)
        text_fold_alnum(pg->meta.ld_body, strlen(pg->meta.ld_body), (size_t)-1, &body);
    for (size_t i = 0; i < pg->n; i++) {
        Block *b = &pg->blocks[i];
        features(b, cue_off);
        /* (in raw text such lines score under the floor anyway) */
        if (pg->input == INPUT_HTML && (is_label(b) || is_taxonomy(b)))
            b->flags |= F_CUE;
        if (pg->input == INPUT_HTML && rights_claim(b))
            b->flags |= F_CUE | F_NOTICE;
        if (b->chars >= 4 && b->chars <= 300 && is_title(b, &pg->meta))
            b->flags |= F_TITLE;
        if (body.len >= 200 && b->chars >= 30) {
            text_fold_alnum(b->text, b->len, 80, &probe);
            if (probe.len >= 20 && strstr(body.p, probe.p))
                b->flags |= F_LDBODY;
        }
    }
    buf_free(&body);
    buf_free(&probe);
    mark_repeats(pg);
    mark_list_heads(pg);
    if (pg->input == INPUT_TEXT)
        mark_text_title(pg);
    else
        mark_title_tail(pg);
    mark_comments(pg);
}

