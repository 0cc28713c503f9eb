/* classify_text: the classification's passes for raw text: the legal
 * footer, the run cut at gaps and notices, the start at a dateline, lists
 * the article introduces, doubled lines. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "byline.h"
#include "classify_int.h"
#include "dateline.h"
#include "text.h"
#include "words.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Raw text has no containers to tell the article from teasers and
 * notices, so the run is split at gaps (GAP_BLOCKS blocks in a row that are
 * not prose; a line the page repeats does not count, and a "read also" or
 * a notice alone does not split).  Each part weighs its prose times the
 * square of its density (the share of its blocks that are prose: teaser
 * lists alternate titles and blurbs); the heaviest part is kept, with the
 * parts beside it while they weigh at least SEG_KEEP of it (SEG_KEEP_LISTED
 * after a heading like "Related" or "Mehr zum Thema"; never after a
 * thread's heading, "1 Comment", however much its one post weighs). */
typedef struct {
    size_t s, e;
    double w;
    bool listed; /* a list heading ("Related") stands before it */
    bool thread; /* a comment thread's heading ("1 Comment »") does */
} Segment;

/* Raw text: prose that goes on after a rights line, with no gap, is the
 * page's legal footer (disclaimers, trademarks), however well it reads;
 * an article that ends with its agency's rights line has none after it.
 * Returns where the first such rights line stands, else pg->n. */
size_t cls_mark_legal_footer(Page *pg)
{
    /* near the end of the page, said once (a credit under each photo,
     * "Copyright 2026 The AP. All rights reserved.", is no footer) */
    size_t done = 0; /* the footers marked so far end before this */
    size_t footer = pg->n;
    for (size_t i = pg->n - pg->n / 5; i < pg->n; i++) {
        if (!cls_rights_line(&pg->blocks[i]) || (pg->blocks[i].flags & F_REPEAT))
            continue;
        if (footer == pg->n)
            footer = i;
        size_t s = i, e = i, neg = 0;
        bool after = false;
        for (size_t k = i + 1; k < pg->n && neg < GAP_BLOCKS; k++) {
            neg = pg->blocks[k].score > 0 ? 0 : neg + 1;
            if (pg->blocks[k].score > 0) {
                after = true;
                e = k;
            }
        }
        if (!after)
            continue;
        for (neg = 0; s > done && neg < GAP_BLOCKS; s--)
            neg = pg->blocks[s - 1].score > 0 ? 0 : neg + 1;
        for (size_t k = s; k <= e; k++)
            if (pg->blocks[k].score > 0)
                pg->blocks[k].score = -pg->blocks[k].score;
        done = e + 1;
        i = e; /* each block is looked at a bounded number of times */
    }
    return footer;
}

/* May the article go on past the light part seg[k + 1] to seg[k + 2]
 * (a gallery's caption between its halves)?  Not past a thread's or a
 * list's heading ("Comments" alone), nor a light part that is a cue
 * ("please be respectful of other commenters") or that the page says
 * again, nor to a part of one line (a notice). */
static bool bridge(const Page *pg, const Segment *seg, size_t k)
{
    if (seg[k + 1].listed || seg[k + 2].listed || seg[k + 1].e - seg[k + 1].s >= 2 ||
        seg[k + 2].s - seg[k].e > BRIDGE_SPAN || seg[k + 2].e - seg[k + 2].s < 2)
        return false;
    for (size_t i = seg[k].e + 1; i < seg[k + 2].s; i++) {
        const Block *b = &pg->blocks[i];
        bool light = i >= seg[k + 1].s && i <= seg[k + 1].e;
        if ((b->flags & (F_LISTHEAD | F_THREAD | F_COMMENT)) ||
            (light && (b->flags & (F_CUE | F_NOTICE | F_REPEAT))) ||
            text_is_one_of(b->text, b->len, ":", words_page_thread_words))
            return false;
    }
    return true;
}

void cls_trim_run(Page *pg, Region *r, long title)
{
    Segment *seg = NULL;
    size_t ns = 0, cap = 0;
    size_t i = r->first;
    bool listed = false, thread = false;
    while (i <= r->last) {
        for (; i <= r->last && pg->blocks[i].score <= 0; i++) { /* the gap */
            listed |= (pg->blocks[i].flags & F_LISTHEAD) != 0;
            thread |= (pg->blocks[i].flags & F_THREAD) != 0;
        }
        if (i > r->last)
            break;
        size_t s = i, e = i, neg = 0, pos = 0, rep = 0, rep_at_e = 0;
        double w = 0;
        for (; i <= r->last; i++) {
            const Block *b = &pg->blocks[i];
            /* a list heading ("You may also like") ends the part */
            if ((b->flags & F_LISTHEAD) && i > s)
                break;
            if (b->score <= 0) {
                rep += (b->flags & F_REPEAT) != 0;
                /* a line the page repeats ("Article content",
                 * "Advertisement") is furniture between paragraphs: no gap */
                if ((b->flags & F_REPEAT) && !(b->flags & F_CUE))
                    continue;
                /* a subhead or a list item reads nearly like prose: half a gap */
                neg += b->score > -HALF_GAP ? 1 : 2;
                if (neg >= 2 * GAP_BLOCKS)
                    break;
            } else {
                rep_at_e = rep;
                neg = 0;
                e = i;
                pos++;
                /* right after the headline counts more, as in the run */
                w += weight(b) * (title >= 0 && (long)i > title && (long)i - title <= TITLE_NEAR
                                      ? TITLE_BONUS
                                      : 1.0);
            }
        }
        /* lines the page repeats between the paragraphs ("Advertisement")
         * are the page's furniture, not teasers: they do not thin it */
        size_t span = e - s + 1 - rep_at_e;
        double density = (double)pos / (double)span;
        if (ns == cap) {
            cap = cap ? cap * 2 : 16;
            seg = xrealloc(seg, cap * sizeof *seg);
        }
        seg[ns++] = (Segment){s, e, w * density * density, listed, thread};
        listed = thread = false;
    }
    if (ns > 1) {
        size_t core = 0;
        for (size_t k = 1; k < ns; k++)
            if (seg[k].w > seg[core].w)
                core = k;
        size_t lo = core, hi = core;
        /* towards the headline, light parts (subheads, short list items,
         * a document's page breaks) do not cut the article off from a
         * part that weighs enough beyond them, up to the headline; after
         * the article, they do (the readers' comments, the teasers) */
        for (size_t k = lo; k-- > 0;) {
            if (seg[k].w < SEG_KEEP * seg[core].w)
                continue;
            if (k + 1 < lo && title >= 0 && (long)seg[k].s <= title)
                break;
            lo = k;
        }
        /* after a "Related" heading, only a part that weighs like the
         * article goes on with it (the article resumes after a box) */
        for (;;) {
            if (hi + 1 < ns && !seg[hi + 1].thread &&
                seg[hi + 1].w >= (seg[hi + 1].listed ? SEG_KEEP_LISTED : SEG_KEEP) * seg[core].w)
                hi++;
            /* (past a light part of a line or two, a gallery's caption
             * between the article's halves, when what follows weighs
             * like the article's part) */
            else if (hi + 2 < ns && seg[hi + 2].w >= SEG_KEEP_LISTED * seg[core].w &&
                     bridge(pg, seg, hi))
                hi += 2;
            else
                break;
        }
        r->first = seg[lo].s;
        r->last = seg[hi].e;
    }
    free(seg);
}

/* Raw text: a run that starts with notices (a cookie banner long enough to
 * pass for prose) over the headline starts after the headline; so does one
 * that starts with a few paragraphs (ABOVE_TITLE at most: a sidebar's
 * blurbs, teasers' summaries; any number of blurbs of a sentence or so
 * each) over the headline, when prose follows the
 * headline at once (within three lines; not a list of links to other
 * stories under it). */
#define ABOVE_TITLE 3
#define BLURB_SENTENCES 2 /* a blurb has fewer sentences on average */
void cls_after_notices(const Page *pg, Region *r, long title)
{
    if (title < 0 || (long)r->first >= title || title >= (long)r->last)
        return;
    size_t above = 0, sentences = 0;
    for (size_t i = r->first; (long)i < title; i++)
        if (pg->blocks[i].score > 0 && !(pg->blocks[i].flags & F_CUE)) {
            above++;
            sentences += pg->blocks[i].sentences;
        }
    bool prose_under = false;
    for (size_t i = (size_t)title + 1; i <= r->last && i <= (size_t)title + 3 && !prose_under; i++)
        prose_under = pg->blocks[i].score > 0;
    /* (more of them only when each is a sentence or so, as teasers'
     * summaries are; a post's paragraphs over its recipe's title stay) */
    bool blurbs = sentences < BLURB_SENTENCES * above;
    if (above && ((above > ABOVE_TITLE && !blurbs) || !prose_under))
        return;
    r->first = (size_t)title + 1;
}

/* A dateline's separator or agency (a dash, a colon, a parenthesis, a
 * slash; a full stop early on) in the first 80 bytes: a cheap test before
 * the parse. */
static bool dateline_mark(const Block *b)
{
    size_t n = b->len < 80 ? b->len : 80;
#ifdef __SSE2__
    /* sixteen bytes at a time (a block's text is readable TEXT_PAD past
     * its end), the bytes past n masked off */
    _Static_assert(TEXT_PAD >= 16, "a block's text is read 16 bytes at a time");
    for (size_t k = 0; k < n; k += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(b->text + k));
        __m128i hit = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')), _mm_cmpeq_epi8(v, _mm_set1_epi8(':'))),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('(')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('/'))),
                         _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2))));
        unsigned mask = (unsigned)_mm_movemask_epi8(hit);
        if (k < 25) /* "Berlin." */
            mask |= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('.'))) &
                    ((1u << (25 - k < 16 ? 25 - k : 16)) - 1);
        if (n - k < 16)
            mask &= (1u << (n - k)) - 1;
        if (mask)
            return true;
    }
#else
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)b->text[k];
        if (c == '-' || c == ':' || c == '(' || c == '/' || c == 0xE2 || /* 0xE2: — – */
            (c == '.' && k < 25))                                         /* "Berlin." */
            return true;
    }
#endif
    return false;
}

/* (both front ends: classify_int.h) */
bool cls_opens_with_dateline(const Block *b, bool place)
{
    Dateline d;
    if (!dateline_mark(b) || !dateline_find(b->text, b->len, &d))
        return false;
    bool opens = d.start == 0 && (!place || d.city);
    dateline_free(&d);
    return opens;
}

#define LEAD_PARAS 3

/* A paragraph that opens with a dateline ("ST. JOSEPH, Mich. (AP) —")
 * after a line that is not prose (a date, a credit) is where the article
 * starts, when the run holds one such: what comes before it is teasers,
 * captions and standfirsts (a gallery's, in HTML, where the dateline has
 * to name a place: "FormData –" in a list is none). */
void cls_start_at_dateline(const Page *pg, Region *r)
{
    bool place = pg->input == INPUT_HTML;
    size_t opening = 0, openings = 0, tried = 0;
    for (size_t i = r->first; i <= r->last && openings < 2 && tried < DATELINE_TRIES; i++) {
        const Block *b = &pg->blocks[i];
        if (b->score <= 0 || (i > r->first && b[-1].score > 0) || !dateline_mark(b))
            continue;
        tried++;
        if (cls_opens_with_dateline(b, place)) {
            openings++;
            opening = i;
        }
    }
    /* (in HTML only near the run's start, under a caption or two or a
     * summary: a live blog's one datelined entry far down is no start) */
    size_t before = 0;
    for (size_t i = r->first; place && i < opening; i++)
        before += pg->blocks[i].score > 0;
    if (openings == 1 && opening > r->first && (!place || before <= LEAD_PARAS))
        r->first = opening;
}

/* Raw text: a short line in a list that a paragraph of the article
 * introduces ("Zutaten für 40 Stück:" over "200 g Zucker") is the
 * article's, however little it reads like prose. */
bool cls_introduced_item(const Page *pg, const Region *r, size_t i)
{
    const Block *b = &pg->blocks[i];
    if (b->chars > LIST_ITEM || (b->flags & (F_CUE | F_REPEAT | F_LISTHEAD)))
        return false;
    /* and prose of the article follows the list */
    bool goes_on = false;
    for (size_t k = i + 1; k <= r->last && k - i <= LIST_ITEMS && !goes_on; k++)
        goes_on = pg->blocks[k].score > 0;
    for (size_t k = i; goes_on && k-- > r->first && i - k <= LIST_ITEMS;) {
        const Block *p = &pg->blocks[k];
        if (p->label == LABEL_CONTENT && colon_end(p))
            return true;
        if (p->chars > LIST_ITEM || p->ends_sentence || (p->flags & (F_CUE | F_REPEAT | F_LISTHEAD)))
            return false;
    }
    return false;
}

/* Raw text: a short line between two paragraphs of the article, over
 * prose that ends a sentence, that is no sentence itself nor anything the
 * page marks (a notice, a line it says again, a list's heading): the
 * article's subhead ("Clothes cost less"), whatever its words weigh. */
#define SUBHEAD_CHARS 80
#define TITLE_LINE_MAX 400 /* bytes: a first line longer is no <title> (and is not searched) */
bool cls_text_subhead(const Page *pg, const Region *r, size_t i)
{
    const Block *b = &pg->blocks[i];
    if (i <= r->first || i >= r->last || b->chars > SUBHEAD_CHARS || b->words < 2 ||
        b->ends_sentence || (b->flags & (F_CUE | F_REPEAT | F_LISTHEAD | F_THREAD | F_COMMENT)))
        return false;
    /* (nor a byline, a gallery's "1 of 6", a picture's title and credit:
     * "Lion, Timbavati by Justin Hunter", "...（潟沼義樹撮影）") */
    const char *end = b->text + b->len;
    if (byline_meta_line(b) || strstr(b->text, " by ") || end[-1] == ')' ||
        (b->len >= 3 && !memcmp(end - 3, "\xEF\xBC\x89", 3)))
        return false;
    /* (nor a label's line, "Related: ...", "Also: ...", a handle, "Follow
     * @Desk", a part of the first line, the <title> (the site's name), a
     * count's, "3 Min Lesezeit", or a name and a trade, "Phil Nickinson
     * Editor in Chief") */
    if (memchr(b->text, ':', b->len) || memchr(b->text, '@', b->len) ||
        (pg->blocks[0].len <= TITLE_LINE_MAX && strstr(pg->blocks[0].text, b->text)) ||
        (b->text[0] >= '0' && b->text[0] <= '9' && b->words <= 3))
        return false;
    for (const char *w = b->text; w < end;) {
        size_t l = strcspn(w, " ");
        if (l > (size_t)(end - w))
            l = (size_t)(end - w);
        if (text_is_one_of(w, l, ",", words_byline_job_words))
            return false;
        w += l + (w + l < end);
    }
    const Block *p = b - 1, *n = b + 1;
    return p->label == LABEL_CONTENT && p->ends_sentence && n->score > 0 && n->ends_sentence &&
           n->chars > SUBHEAD_CHARS;
}

bool cls_same_text(const Block *a, const Block *b)
{
    return a->len == b->len && memcmp(a->text, b->text, a->len) == 0;
}

/* Raw text: a row of a table (plain.c) that stands between prose of the
 * article, a paragraph just before the table (or a line already taken, a
 * list's item that introduces it; or either over a caption of CAPTION
 * characters at most) and one soon after it, is the article's, however
 * little it reads like prose; else no row is. */
#define CAPTION 120
bool cls_table_row(const Page *pg, const Region *r, size_t i)
{
    if (!(pg->blocks[i].flags & F_CELLS))
        return false;
    size_t a = i, z = i;
    while (a > r->first && (pg->blocks[a - 1].flags & F_CELLS))
        a--;
    while (z < r->last && (pg->blocks[z + 1].flags & F_CELLS))
        z++;
    /* (over the table, its caption may stand between: "July 2012 Changes
     * in Median $/Square Foot") */
    if (a > r->first + 1 && pg->blocks[a - 1].score <= 0 && pg->blocks[a - 1].chars <= CAPTION &&
        !pg->blocks[a - 1].ends_sentence && !(pg->blocks[a - 1].flags & (F_CUE | F_LISTHEAD)))
        a--;
    if (a == r->first ||
        (pg->blocks[a - 1].score <= 0 && pg->blocks[a - 1].label != LABEL_CONTENT))
        return false;
    for (size_t k = z + 1; k <= r->last && k - z <= 3; k++)
        if (pg->blocks[k].score > 0)
            return true;
    return false;
}
