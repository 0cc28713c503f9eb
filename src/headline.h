/* headline: the article's headline, a pass of the classification (roles).
 *
 * Owns: choosing it, and labelling the block that shows it
 * (LABEL_HEADLINE).  HTML: the title most of the page's sources agree on
 * (the JSON-LD headline, the h1, and the SEO title: og:title,
 * twitter:title and <title>, one voice), each cleaned of the site's name.
 * Raw text: the line that the first line (a WET record's <title>) repeats,
 * the first line without the site's name, or the line above the body that
 * reads like a title.
 */
#ifndef LEDE_HEADLINE_H
#define LEDE_HEADLINE_H

#include <stdbool.h>

#include "roles.h"
#include "classify.h"
#include "page.h"

void headline_html(Page *pg, const Region *r, Roles *a);
/* first_block: the body's first block, or -1 */
void headline_text(Page *pg, long first_block, Roles *a);
/* The article's title from a page's title: parts naming the site removed
 * (site, a domain, a label of the url's host; either may be NULL), and for
 * a <title>, a short last part.  Returns a new string. */
char *headline_clean_title(const char *title, const char *site, const char *url,
                           bool page_title);

#endif
