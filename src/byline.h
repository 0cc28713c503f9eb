/* byline: who wrote the article and when, a pass of the classification
 * (roles).
 *
 * Owns: the byline as printed ("By ...", "Von ...", a line the markup marks,
 * a line of names, "Posted on DATE by NAME"), the authors (JSON-LD people,
 * the printed byline, meta tags, hCards; names split and checked, the
 * site's own name and accounts left out), and the publication and
 * modification dates (metadata first, else a dated line by the headline,
 * else raw text's labelled date lines and the title's date).  Lines taken
 * for these are labelled LABEL_BYLINE or LABEL_DATE.
 */
#ifndef LEDE_BYLINE_H
#define LEDE_BYLINE_H

#include <stdbool.h>

#include "roles.h"
#include "page.h"

/* Fill a's byline, authors, published and modified. */
void byline_read(Page *pg, Roles *a);

/* A page that holds no article (the verdict's) and that nothing dated:
 * the first day it prints on a stamp's line, as published. */
void byline_date_listing(const Page *pg, Roles *a);

/* Does a block read like a byline or a date stamp, not like a title or
 * text ("By ...", "Updated ...", mostly digits)? */
bool byline_meta_line(const Block *b);

#endif
