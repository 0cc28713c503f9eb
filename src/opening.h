/* opening: where the article's text starts, and its dateline; a pass of the
 * classification (roles).
 *
 * Owns: the one search for the dateline (dateline_find) at the opening of
 * the body: in its first paragraph or in up to two short lines before it
 * (a dateline alone on its line, a byline, a time), or, in raw text, at the
 * page's own opening.  Blocks between the dateline and the body become
 * content, the dateline's own line boilerplate.
 */
#ifndef LEDE_OPENING_H
#define LEDE_OPENING_H

#include <stdbool.h>
#include <stddef.h>

#include "roles.h"
#include "page.h"

/* Find the dateline and fill a's.  True when the body then starts at
 * block *start, *cut bytes into it (the dateline taken off). */
bool opening_place(Page *pg, Roles *a, size_t *start, size_t *cut);

#endif
