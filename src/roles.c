/* roles: what the blocks of a classified page are, beyond body or not. */
#include "roles.h"

#include <stdlib.h>
#include <string.h>

#include "byline.h"
#include "classify.h"
#include "headline.h"
#include "opening.h"
#include "text.h"

/* The front end's alternate body (the JSON-LD articleBody, or the
 * paragraphs of a script's HTML), paragraphs a line, as the body: the
 * blocks are no longer content, and its own first paragraph may open with
 * a dateline, which is then the article's. */
static void take_alternate(Page *pg, Roles *ro, const char *alt)
{
    for (size_t i = 0; i < pg->n; i++)
        if (pg->blocks[i].label == LABEL_CONTENT)
            pg->blocks[i].label = LABEL_BOILER;
    for (const char *p = alt; *p;) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t)(e - p) : strlen(p), clean;
        char *t = text_clean(p, len, &clean);
        if (clean) {
            ro->alt = xrealloc(ro->alt, (ro->n_alt + 1) * sizeof *ro->alt);
            ro->alt[ro->n_alt++] = t;
        } else {
            free(t);
        }
        p += len + (e ? 1 : 0);
    }
    if (ro->has_dateline) {
        dateline_free(&ro->dateline);
        ro->has_dateline = false;
    }
    Dateline d;
    if (ro->n_alt && dateline_find(ro->alt[0], strlen(ro->alt[0]), &d)) {
        char *rest = text_clean(ro->alt[0] + d.body, strlen(ro->alt[0]) - d.body, NULL);
        free(ro->alt[0]);
        ro->alt[0] = rest;
        ro->dateline = d;
        ro->has_dateline = true;
    }
}

/* A page that renders its text with scripts still says it in its JSON-LD
 * articleBody, or in HTML in its scripts' data: when the markup gave much
 * less, that is the body. */
static void choose_body(Page *pg, Roles *ro)
{
    size_t total = 0;
    for (size_t i = 0; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        if (b->label != LABEL_CONTENT)
            continue;
        size_t off = ro->have_start && i == ro->start ? ro->cut : 0;
        total += b->len - (off > b->len ? b->len : off);
    }
    const Meta *m = &pg->meta;
    const char *ld = m->ld_body;
    if ((!ld || strlen(ld) < 400) && m->script_html && total * 2 < strlen(m->script_html))
        ld = m->script_paras;
    if (ld && strlen(ld) >= 400 && total * 2 < strlen(ld))
        take_alternate(pg, ro, ld);
}

/* Class hints this low or lower say a paragraph is in a page's furniture. */
#define ABOVE_HINT (-4)

/* One paragraph of the body above its headline, when the headline opens
 * twice as much text or more below it (half as much, when its containers'
 * classes call it furniture: a blog's header), is not the article's: a
 * blog's description under its name, over the post.  (Two or more are:
 * the "headline" is then more likely a heading inside the article.) */
static void drop_above_headline(Page *pg, const Roles *ro)
{
    long h = ro->headline_block, first = page_first_content(pg);
    if (h < 0 || first < 0 || first >= h)
        return;
    size_t above = 0, below = 0, paras = 0;
    int hint = 0; /* (of the paragraph above: its containers' classes) */
    for (size_t i = 0; i < pg->n; i++)
        if (pg->blocks[i].label == LABEL_CONTENT) {
            *((long)i < h ? &above : &below) += pg->blocks[i].chars;
            paras += (long)i < h;
            hint += (long)i < h ? page_block_hint(pg, &pg->blocks[i]) : 0;
        }
    if ((below < above * 2 && !(hint <= ABOVE_HINT && below >= above / 2)) || paras > 1)
        return;
    for (long i = first; i < h; i++)
        if (pg->blocks[i].label == LABEL_CONTENT)
            pg->blocks[i].label = LABEL_BOILER;
}

void roles_find(Page *pg, const struct Region *r, Roles *ro)
{
    memset(ro, 0, sizeof *ro);
    ro->headline_block = ro->byline_block = -1;
    if (pg->input == INPUT_HTML)
        headline_html(pg, r, ro);
    if (ro->headline_block >= 0)
        pg->blocks[ro->headline_block].label = LABEL_HEADLINE;
    /* the dateline, and where the body starts after it */
    ro->have_start = opening_place(pg, ro, &ro->start, &ro->cut);
    if (pg->input == INPUT_TEXT) {
        headline_text(pg, page_first_content(pg), ro);
        if (ro->headline_block >= 0)
            pg->blocks[ro->headline_block].label = LABEL_HEADLINE;
    }
    drop_above_headline(pg, ro);
    byline_read(pg, ro);
    choose_body(pg, ro);
}

void roles_free(Roles *ro)
{
    free(ro->headline);
    if (ro->has_dateline)
        dateline_free(&ro->dateline);
    free(ro->byline);
    for (size_t i = 0; i < ro->n_authors; i++)
        free(ro->authors[i]);
    free(ro->authors);
    free(ro->published);
    free(ro->modified);
    for (size_t i = 0; i < ro->n_alt; i++)
        free(ro->alt[i]);
    free(ro->alt);
    memset(ro, 0, sizeof *ro);
}
