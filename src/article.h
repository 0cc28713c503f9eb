/* article: the result lede reports for one page.
 *
 * Owns: the Article type and its assembly, in this order: the headline
 * (headline), the dateline and where the body starts (opening), the
 * byline, authors and dates (byline), the rest of the metadata (site,
 * language, URL, description, as the page declares them), and the
 * paragraphs: the labelled blocks' text, or the JSON-LD articleBody (or
 * the HTML a script's data carries) when the markup holds much less.
 */
#ifndef LEDE_ARTICLE_H
#define LEDE_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>

#include "classify.h"
#include "dateline.h"
#include "page.h"

typedef struct {
    char *headline;
    bool has_dateline;
    Dateline dateline;
    char **paras;       /* the blocks' text (the page owns it), or, when */
    size_t n_paras;
    bool paras_owned;   /* the body came from JSON-LD, the article's own */
    int headline_block; /* index, or -1 */
    /* metadata: each NULL when not known */
    char *byline;       /* the author line as the page gives it */
    bool byline_by;     /* it starts with "By" (or the like) */
    char **authors;     /* names */
    size_t n_authors;
    char *published;    /* ISO 8601 */
    char *modified;
    char *site;
    char *language;     /* BCP 47 */
    char *url;
    char *description;
} Article;

/* Build the article from the classified page.  The paragraphs point into
 * the page's blocks, so the page must outlive the article. */
void article_build(Page *pg, const Region *r, Article *a);
void article_free(Article *a);

#endif
