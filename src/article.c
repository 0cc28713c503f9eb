/* article: the result lede reports for one page. */
#include "article.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"

/* ---- headline ---------------------------------------------------------- */

static const char *const separators[] = {" | ", " - ", " – ", " — ", " :: ", " » ",
                                         " · ", " « ", " / ", " ~ ", NULL};

char *article_clean_title(const char *title, const char *site)
{
    /* split at the separators; keep the longest part, unless a part is
     * the site name and the rest is the title */
    const char *best = title;
    size_t best_len = strlen(title);
    for (const char *const *sep = separators; *sep; sep++) {
        const char *hit = strstr(title, *sep);
        if (!hit)
            continue;
        /* collect the parts split by this separator */
        size_t sl = strlen(*sep);
        const char *p = title;
        const char *lp = NULL;
        size_t ll = 0, parts = 0;
        while (p) {
            const char *q = strstr(p, *sep);
            size_t len = q ? (size_t)(q - p) : strlen(p);
            bool is_site = site && strlen(site) == len && strncmp(p, site, len) == 0;
            if (!is_site && text_chars(p, len) > text_chars(lp ? lp : "", ll)) {
                lp = p;
                ll = len;
            }
            parts++;
            p = q ? q + sl : NULL;
        }
        /* only cut when the kept part is clearly the title */
        if (lp && parts > 1 && text_chars(lp, ll) >= 12 &&
            text_chars(lp, ll) * 10 >= text_chars(title, strlen(title)) * 4) {
            best = lp;
            best_len = ll;
            break;
        }
    }
    return text_clean(best, best_len, NULL);
}

static bool similar(const char *a, const char *b)
{
    return a && b && text_loose_eq(a, b);
}

/* A title-ish text: starts with the candidate and is a little longer. */
static bool prefix_of(const char *title, const char *cand)
{
    if (!title || !cand)
        return false;
    size_t n = strlen(cand);
    return n >= 12 && strncmp(title, cand, n) == 0;
}

static void html_headline(Page *pg, const Region *r, Article *a)
{
    Meta *m = &pg->meta;
    const char *metas[] = {m->og_title, m->ld_headline, m->twitter_title, m->title};
    /* an h1 (or h2) that the metadata confirms */
    int first_h1 = -1;
    for (size_t i = 0; i < pg->n; i++) {
        Block *b = &pg->blocks[i];
        if (b->kind != KIND_HEADING || b->heading > 2 || b->chars < 4 || b->chars > 300)
            continue;
        for (size_t k = 0; k < 4; k++) {
            if (!metas[k])
                continue;
            if (similar(b->text, metas[k]) || prefix_of(metas[k], b->text)) {
                a->headline = xstrndup(b->text, b->len);
                a->headline_block = (int)i;
                return;
            }
        }
        if (b->heading == 1 && first_h1 < 0)
            first_h1 = (int)i;
    }
    /* the metadata's own title, cleaned of the site name */
    for (size_t k = 0; k < 4; k++) {
        if (metas[k]) {
            a->headline = article_clean_title(metas[k], m->site);
            if (a->headline && *a->headline) {
                /* a heading with that text is not body */
                for (size_t i = 0; i < pg->n; i++)
                    if (pg->blocks[i].kind == KIND_HEADING &&
                        similar(pg->blocks[i].text, a->headline)) {
                        a->headline_block = (int)i;
                        break;
                    }
                return;
            }
            free(a->headline);
            a->headline = NULL;
        }
    }
    if (first_h1 >= 0) {
        a->headline = xstrndup(pg->blocks[first_h1].text, pg->blocks[first_h1].len);
        a->headline_block = first_h1;
    }
    (void)r;
}

static bool looks_like_meta_line(const Block *b)
{
    /* bylines, dates, "View Date:", "Updated ..." */
    if (b->digits * 4 >= b->chars && b->chars < 60)
        return true;
    if (strncmp(b->text, "By ", 3) == 0 || strncmp(b->text, "BY ", 3) == 0)
        return true;
    const char *colon = strchr(b->text, ':');
    if (colon && colon - b->text < 25 && b->digits >= 4)
        return true;
    return false;
}

static void text_headline(Page *pg, const Region *r, Article *a)
{
    if (!r->found)
        return;
    /* the line just above the body that reads like a title */
    size_t first = r->first;
    for (size_t k = 0; k < 6 && k < first + 1; k++) {
        size_t i = first - k;
        Block *b = &pg->blocks[i];
        if (k == 0 && b->label == LABEL_CONTENT)
            continue;
        if (looks_like_meta_line(b))
            continue;
        if (b->words >= 3 && b->chars <= 250 && !(b->ends_sentence && b->chars > 120)) {
            a->headline = xstrndup(b->text, b->len);
            a->headline_block = (int)i;
            b->label = LABEL_HEADLINE;
            return;
        }
        if (b->chars > 250)
            break;
    }
}

/* ---- dateline and paragraphs ------------------------------------------ */

static void add_para(Article *a, const char *s, size_t n)
{
    size_t len;
    char *t = text_clean(s, n, &len);
    if (!len) {
        free(t);
        return;
    }
    a->paras = xrealloc(a->paras, (a->n_paras + 1) * sizeof *a->paras);
    a->paras[a->n_paras++] = t;
}

void article_build(Page *pg, const Region *r, Article *a)
{
    memset(a, 0, sizeof *a);
    a->headline_block = -1;
    if (pg->input == INPUT_HTML)
        html_headline(pg, r, a);
    else
        text_headline(pg, r, a);
    if (a->headline_block >= 0)
        pg->blocks[a->headline_block].label = LABEL_HEADLINE;

    /* content blocks, in order */
    size_t nc = 0;
    size_t *idx = xmalloc((pg->n + 1) * sizeof *idx);
    for (size_t i = 0; i < pg->n; i++)
        if (pg->blocks[i].label == LABEL_CONTENT)
            idx[nc++] = i;

    /* the opening: up to two short lines before the first paragraph, and
     * the paragraph itself */
    size_t skip_to = 0; /* blocks of idx[] consumed by the dateline */
    size_t cut = 0;     /* bytes of the first kept block consumed */
    if (nc) {
        size_t f = idx[0];
        size_t from = f;
        while (from > 0 && f - from < 2 && (int)(from - 1) != a->headline_block &&
               pg->blocks[from - 1].chars < 120 && pg->blocks[from - 1].label != LABEL_HEADLINE)
            from--;
        Buf open = {0};
        size_t offs[8], nb = 0;
        for (size_t i = from; i <= f + 1 && i < pg->n && nb < 8; i++) {
            if (i > f && pg->blocks[i].label != LABEL_CONTENT)
                break;
            if (open.len)
                buf_addc(&open, '\n');
            offs[nb++] = open.len;
            buf_add(&open, pg->blocks[i].text, pg->blocks[i].len);
        }
        Dateline d;
        if (open.len && dateline_find(open.p, open.len, &d)) {
            /* which block does the text resume in? */
            size_t k = 0;
            while (k + 1 < nb && offs[k + 1] <= d.body)
                k++;
            size_t blk = from + k;
            /* the text must resume in the first paragraph (or the next,
             * when the first was the dateline alone) */
            if (blk >= f && blk <= f + 1) {
                a->has_dateline = true;
                a->dateline = d;
                skip_to = blk - f;
                cut = d.body - offs[k];
                for (size_t i = from; i < f; i++)
                    pg->blocks[i].label = LABEL_BOILER;
            } else {
                dateline_free(&d);
            }
        }
        buf_free(&open);
    } else if (pg->n) {
        /* no article: still report a dateline at the page's opening */
        Buf open = {0};
        for (size_t i = 0; i < pg->n && i < 3; i++) {
            if (open.len)
                buf_addc(&open, '\n');
            buf_add(&open, pg->blocks[i].text, pg->blocks[i].len);
        }
        Dateline d;
        if (dateline_find(open.p, open.len, &d)) {
            a->has_dateline = true;
            a->dateline = d;
        }
        buf_free(&open);
    }
    for (size_t j = skip_to; j < nc; j++) {
        Block *b = &pg->blocks[idx[j]];
        size_t off = j == skip_to ? cut : 0;
        if (off > b->len)
            off = b->len;
        add_para(a, b->text + off, b->len - off);
    }
    free(idx);
}

void article_free(Article *a)
{
    free(a->headline);
    if (a->has_dateline)
        dateline_free(&a->dateline);
    for (size_t i = 0; i < a->n_paras; i++)
        free(a->paras[i]);
    free(a->paras);
    memset(a, 0, sizeof *a);
}
