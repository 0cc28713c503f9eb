/* article: the result lede reports for one page. */
#include "article.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "byline.h"
#include "headline.h"
#include "html.h"
#include "opening.h"
#include "text.h"

/* "en_US" -> "en-US" */
static char *bcp47(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    if (n < 2 || n > 20)
        return NULL;
    char *t = xstrndup(s, n);
    for (size_t i = 0; i < n; i++) {
        if (t[i] == '_')
            t[i] = '-';
        if (!((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z') && t[i] != '-' &&
            !(t[i] >= '0' && t[i] <= '9')) {
            free(t);
            return NULL;
        }
    }
    return t;
}

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

/* The block's text becomes a paragraph without a copy: blocks are clean
 * already, and the page keeps them.  off bytes at its start (a dateline)
 * are dropped. */
static void take_para(Article *a, Block *b, size_t off)
{
    /* from a character's start (the writers count on whole characters) */
    while (off < b->len && (b->text[off] == ' ' || ((unsigned char)b->text[off] & 0xC0) == 0x80))
        off++;
    if (off >= b->len)
        return;
    a->paras = xrealloc(a->paras, (a->n_paras + 1) * sizeof *a->paras);
    a->paras[a->n_paras++] = b->text + off;
}

static void body_from_ld(Page *pg, Article *a, const char *ld)
{
    a->n_paras = 0; /* they were the blocks' */
    a->paras_owned = true;
    for (size_t i = 0; i < pg->n; i++)
        if (pg->blocks[i].label == LABEL_CONTENT)
            pg->blocks[i].label = LABEL_BOILER;
    /* paragraphs are split by line breaks */
    const char *p = ld;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        add_para(a, p, len);
        p += len + (e ? 1 : 0);
    }
    if (a->has_dateline) {
        dateline_free(&a->dateline);
        a->has_dateline = false;
    }
    if (a->n_paras) {
        Dateline d;
        if (dateline_find(a->paras[0], strlen(a->paras[0]), &d)) {
            char *rest = text_clean(a->paras[0] + d.body, strlen(a->paras[0]) - d.body, NULL);
            free(a->paras[0]);
            a->paras[0] = rest;
            a->dateline = d;
            a->has_dateline = true;
        }
    }
}

void article_build(Page *pg, const Region *r, Article *a)
{
    memset(a, 0, sizeof *a);
    a->headline_block = -1;
    if (pg->input == INPUT_HTML)
        headline_html(pg, r, a);
    if (a->headline_block >= 0)
        pg->blocks[a->headline_block].label = LABEL_HEADLINE;

    /* the dateline, and where the body starts after it */
    size_t start, cut;
    bool have_start = opening_place(pg, a, &start, &cut);
    if (pg->input == INPUT_TEXT) {
        headline_text(pg, page_first_content(pg), a);
        if (a->headline_block >= 0)
            pg->blocks[a->headline_block].label = LABEL_HEADLINE;
    }
    byline_read(pg, a);
    const Meta *m = &pg->meta;
    a->site = m->site ? xstrndup(m->site, strlen(m->site)) : NULL;
    a->language = bcp47(m->lang);
    a->url = m->url ? xstrndup(m->url, strlen(m->url)) : NULL;
    a->description = m->description ? xstrndup(m->description, strlen(m->description)) : NULL;
    size_t total = 0;
    for (size_t i = 0; i < pg->n; i++) {
        Block *b = &pg->blocks[i];
        if (b->label != LABEL_CONTENT)
            continue;
        size_t off = have_start && i == start ? cut : 0;
        if (off > b->len)
            off = b->len;
        total += b->len - off;
        take_para(a, b, off);
    }
    /* A page that renders its text with scripts still says it in its
     * JSON-LD articleBody, or in HTML in its scripts' data: when the markup
     * gave much less, take that. */
    const char *ld = pg->meta.ld_body, *html = pg->meta.script_html;
    char *from_script = NULL;
    if ((!ld || strlen(ld) < 400) && html && total * 2 < strlen(html)) {
        /* its text is shorter than its HTML: parsed only when it could do */
        from_script = html_paragraphs(html, strlen(html));
        ld = from_script;
    }
    if (ld && strlen(ld) >= 400 && total * 2 < strlen(ld))
        body_from_ld(pg, a, ld);
    free(from_script);
}

void article_free(Article *a)
{
    free(a->byline);
    for (size_t i = 0; i < a->n_authors; i++)
        free(a->authors[i]);
    free(a->authors);
    free(a->published);
    free(a->modified);
    free(a->site);
    free(a->language);
    free(a->url);
    free(a->description);
    free(a->headline);
    if (a->has_dateline)
        dateline_free(&a->dateline);
    if (a->paras_owned)
        for (size_t i = 0; i < a->n_paras; i++)
            free(a->paras[i]);
    free(a->paras);
    memset(a, 0, sizeof *a);
}
