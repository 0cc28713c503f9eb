/* article: the result lede reports for one page. */
#include "article.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
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
    a->headline = ro->headline;
    a->has_dateline = ro->has_dateline;
    if (ro->has_dateline)
        a->dateline = ro->dateline;
    body(pg, ro, a);
    a->byline = ro->byline;
    a->authors = ro->authors;
    a->n_authors = ro->n_authors;
    a->published = ro->published;
    a->modified = ro->modified;
    a->site = m->site;
    a->language = bcp47(m->lang);
    a->url = m->url;
    a->description = m->description;
}

void article_free(Article *a)
{
    free(a->language);
    free(a->paras);
    memset(a, 0, sizeof *a);
}
