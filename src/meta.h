/* meta: the page's own metadata, resolved.
 *
 * Owns: reading the JSON-LD that the HTML front end kept aside (NewsArticle,
 * Article, BlogPosting and the like, inside @graph and arrays too) into the
 * Meta fields: headline, articleBody, dates, authors, publisher, language,
 * dateline, description.  Meta tags were read by the front end; where both
 * give a field, JSON-LD is kept for the body and headline, the first found
 * for the rest.
 */
#ifndef LEDE_META_H
#define LEDE_META_H

#include <stdbool.h>

#include "page.h"

void meta_resolve(Page *pg);
/* Offer a publication (or, with modified, a modification) date from a
 * source of the given rank (1 is best); kept when it reads as a date and
 * no better-ranked source gave one. */
void meta_date(Meta *m, bool modified, int rank, const char *v);
/* Offer a kind of page its markup declares (an og:type, a JSON-LD @type):
 * Meta.markup keeps the strongest. */
void meta_markup(Meta *m, const char *type);
/* Append a name to a "; "-joined list in *field, unless it is there. */
void meta_add_name(char **field, const char *name);
/* Decode HTML entities and drop tags in s; returns a new cleaned string. */
char *meta_plain(const char *s);

#endif
