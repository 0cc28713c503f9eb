/* article: the result lede reports for one page. */
#include "article.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"

static char *dup_or_null(const char *s)
{
    return s ? xstrndup(s, strlen(s)) : NULL;
}

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

/* The body: the labelled blocks' text, without a copy (blocks are clean
 * already, and the page keeps them), the dateline's bytes off the block
 * where the body starts; or the alternate body the classification took. */
static void body(const Page *pg, const Roles *ro, Article *a)
{
    if (ro->n_alt) {
        a->paras = xmalloc(ro->n_alt * sizeof *a->paras);
        for (size_t i = 0; i < ro->n_alt; i++)
            a->paras[a->n_paras++] = ro->alt[i];
        return;
    }
    for (size_t i = 0; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        if (b->label != LABEL_CONTENT)
            continue;
        size_t off = ro->have_start && i == ro->start ? ro->cut : 0;
        /* from a character's start (the writers count on whole characters) */
        while (off < b->len && (b->text[off] == ' ' || ((unsigned char)b->text[off] & 0xC0) == 0x80))
            off++;
        if (off >= b->len)
            continue;
        a->paras = xrealloc(a->paras, (a->n_paras + 1) * sizeof *a->paras);
        a->paras[a->n_paras++] = b->text + off;
    }
}

void article_build(const Page *pg, const Classification *c, Article *a)
{
    const Roles *ro = &c->roles;
    const Meta *m = &pg->meta;
    memset(a, 0, sizeof *a);
    a->headline = dup_or_null(ro->headline);
    if (ro->has_dateline) {
        a->has_dateline = true;
        dateline_copy(&a->dateline, &ro->dateline);
    }
    body(pg, ro, a);
    a->byline = dup_or_null(ro->byline);
    if (ro->n_authors) {
        a->authors = xmalloc(ro->n_authors * sizeof *a->authors);
        for (size_t i = 0; i < ro->n_authors; i++)
            a->authors[i] = dup_or_null(ro->authors[i]);
        a->n_authors = ro->n_authors;
    }
    a->published = dup_or_null(ro->published);
    a->modified = dup_or_null(ro->modified);
    a->site = dup_or_null(m->site);
    a->language = bcp47(m->lang);
    a->url = dup_or_null(m->url);
    a->description = dup_or_null(m->description);
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
    free(a->paras);
    memset(a, 0, sizeof *a);
}
