/* article: the result lede reports for one page.
 *
 * Owns: choosing the headline (the title the page's sources agree on:
 * JSON-LD headline, h1, og:title, twitter:title, <title>; parts naming the
 * site removed); finding the dateline at the opening of the body and taking
 * it off the first paragraph; assembling the paragraphs from the labelled
 * blocks (or from the JSON-LD articleBody when the markup holds much less);
 * and the metadata (byline, authors, dates, site, language, URL,
 * description), from what the page declares and what it prints near the
 * headline.
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
/* The article's title from a page's title: parts naming the site removed
 * (and, for a <title>, a short last part).  Returns a new string. */
char *article_clean_title(const char *title, const char *site, bool page_title);

#endif
