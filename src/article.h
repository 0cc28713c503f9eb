/* article: the result lede reports for one page.
 *
 * Owns: the Article type, what the writers see, and its assembly from the
 * page and its classification, which it only reads: the headline, the
 * dateline, the paragraphs (the body's blocks, the dateline's bytes off the
 * first; or the alternate body the classification took), the byline,
 * authors and dates the roles found, and the metadata the page declares
 * (site, language as BCP 47, URL, description).
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
    const char **paras; /* the blocks' text, or the alternate body's: the page
                         * and its classification own them */
    size_t n_paras;
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
 * the page's blocks or the classification, which must outlive the article. */
void article_build(const Page *pg, const Classification *c, Article *a);
void article_free(Article *a);

#endif
