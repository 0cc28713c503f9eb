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
    /* Every string is the page's or its classification's, which must outlive
     * the article; but for language, the article's own. */
    const char *headline;
    bool has_dateline;
    Dateline dateline;
    const char **paras; /* the blocks' text, or the alternate body's */
    size_t n_paras;
    /* metadata: each NULL when not known */
    const char *byline; /* the author line as the page gives it */
    char *const *authors; /* names */
    size_t n_authors;
    const char *published; /* ISO 8601 */
    const char *modified;
    const char *site;
    char *language;     /* BCP 47 */
    const char *url;
    const char *description;
} Article;

/* Build the article from the classified page.  It borrows the page's and
 * the classification's text, so both must outlive it. */
void article_build(const Page *pg, const Classification *c, Article *a);
void article_free(Article *a);

#endif
