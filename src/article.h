/* article: the result lede reports for one page.
 *
 * Owns: the Article type, what the writers see, and its assembly from the
 * page and its classification, which it only reads: the headline, the
 * dateline, the paragraphs (the body's blocks, the dateline's bytes off the
 * first; or the alternate body the classification took), the byline,
 * authors and dates the roles found, and the metadata the page declares
 * (site, language as BCP 47, URL, description, lead image, next page).
 * The body's structure (blocks, entries, cells, links) is body.c's.
 */
#ifndef LEDE_ARTICLE_H
#define LEDE_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>

#include "classify.h"
#include "dateline.h"
#include "page.h"

/* The kinds of block the body is made of (JSON "blocks", Markdown). */
typedef enum {
    BLOCK_PARAGRAPH, BLOCK_HEADING, BLOCK_LIST, BLOCK_QUOTE, BLOCK_TABLE, BLOCK_CODE, BLOCK_IMAGE
} BlockType;

typedef struct {
    BlockType type;
    int level;          /* a heading's, 2 to 6 */
    bool ordered;       /* a list's */
    bool header;        /* a table's: its first row is a header row */
    size_t first, n;    /* its entries of paras: the one of a paragraph, a
                         * heading, a quote or code; a list's items; a table's
                         * rows; none for an image */
    const char *src, *alt, *caption; /* an image's (src absolute when it can be) */
} ArticleBlock;

/* More about an entry of paras: a table row's cells, cells[first .. first
 * + n) (n 0 for other entries); a list item's mark, the bytes of "1. " or
 * "- " that raw text opens it with, which its text in the list leaves out;
 * code's text on one line. */
typedef struct {
    size_t first, n;
    size_t mark;
    const char *line; /* code: its text on one line (the text format's), else NULL */
} ArticleEntry;

/* A link in the body (--links): in entry paras[entry]. */
typedef struct {
    size_t entry;
    const char *text, *href; /* href absolute when it can be */
} ArticleLink;

typedef struct {
    bool is_article;    /* the verdict: the page holds an article (verdict.h) */
    bool withheld;      /* --articles-only and it does not: the article is
                         * empty, and only JSON writes a line for it */
    /* Every string is the page's or its classification's, which must outlive
     * the article; but for language, the article's own. */
    const char *headline;
    bool has_dateline;
    Dateline dateline;
    const char **paras; /* the entries: each block's text in order, a list's
                         * items, a table's rows (cells joined by " | "),
                         * or the alternate body's paragraphs */
    size_t n_paras;
    ArticleBlock *blocks; /* the body's structure, in reading order */
    size_t n_blocks;
    ArticleEntry *entries; /* parallel to paras */
    const char **cells;
    size_t n_cells;
    ArticleLink *links; /* --links */
    size_t n_links;
    char **owned;       /* strings the article made (joined rows, URLs) */
    size_t n_owned;
    size_t cap_paras, cap_blocks, cap_cells, cap_links; /* (room made for them) */
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
    const char *image;  /* the lead image: absolute URL when it can be */
    const char *next_page;
} Article;

/* What the article gathers beyond the text (the options that ask), and
 * what it knows of the page from outside it. */
typedef struct {
    bool links;         /* --links */
    bool images;        /* --images: image blocks */
    bool articles_only; /* --articles-only: nothing of a page that holds none */
    const char *location; /* where the page came from (a WARC record's target
                           * URI, a JSON Lines url), or NULL */
} ArticleWant;

/* Build the article from the classified page.  It borrows the page's and
 * the classification's text, so both must outlive it. */
void article_build(const Page *pg, const Classification *c, const ArticleWant *want,
                   Article *a);
/* The first of the links (in entry order) in entry e or after it. */
size_t article_first_link(const Article *a, size_t e);
/* A string the article keeps until article_free. */
const char *article_own(Article *a, char *s);
void article_free(Article *a);

#endif
