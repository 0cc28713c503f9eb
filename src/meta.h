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

#include "page.h"

void meta_resolve(Page *pg);
/* Decode HTML entities and drop tags in s; returns a new cleaned string. */
char *meta_plain(const char *s);

#endif
