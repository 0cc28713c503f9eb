/* roles: what the blocks of a classified page are, beyond body or not.
 *
 * Owns: the passes that run after the body is found (classify), in this
 * order: the headline (headline.c), the dateline and where the body starts
 * after it (opening.c: the one dateline decision), the headline of raw
 * text, which needs the body's start (headline.c), the byline, authors and
 * dates (byline.c), and the body's source: the labelled blocks, or the
 * front end's alternate body (the JSON-LD articleBody, or the paragraphs of
 * the HTML a script's data carries) when the markup holds much less.  Each
 * pass labels the blocks it takes (LABEL_HEADLINE, LABEL_BYLINE,
 * LABEL_DATE, LABEL_BOILER) and records here what they say.
 */
#ifndef LEDE_ROLES_H
#define LEDE_ROLES_H

#include <stdbool.h>
#include <stddef.h>

#include "dateline.h"
#include "page.h"

struct Region;

typedef struct {
    char *headline;     /* NULL when none */
    int headline_block; /* the block that shows it, or -1 */
    bool has_dateline;
    Dateline dateline;
    bool have_start;    /* the body starts at block start, cut bytes into it */
    size_t start, cut;  /* (the dateline taken off) */
    char *byline;       /* the author line as the page gives it, or NULL */
    bool byline_by;     /* it starts with "By" (or the like) */
    int byline_block;   /* the last block that shows it, or -1 */
    char **authors;     /* names */
    size_t n_authors;
    char *published;    /* ISO 8601, or NULL */
    char *modified;
    char **alt;         /* the body from the front end's alternate, when taken */
    size_t n_alt;       /* (then no block is LABEL_CONTENT) */
} Roles;

void roles_find(Page *pg, const struct Region *r, Roles *ro);
void roles_free(Roles *ro);

#endif
