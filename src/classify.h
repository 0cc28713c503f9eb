/* classify: which blocks are the article's body.
 *
 * Owns: every content-or-boilerplate decision.  Each block gets a score
 * from its own features (length, sentence punctuation, stopword density,
 * link density, semantic containers); for HTML the container whose
 * subtree holds the most good text against bad is taken as the article's
 * root; the run of blocks inside it with the greatest total score is the
 * body, and blocks under boilerplate containers inside it are dropped.
 * Text input is the same with a flat tree.
 */
#ifndef LEDE_CLASSIFY_H
#define LEDE_CLASSIFY_H

#include "page.h"

typedef struct {
    int root;          /* chosen container node (0: the whole page) */
    size_t first, last; /* the body run: blocks [first, last] */
    bool found;
} Region;

/* Score and label every block: LABEL_CONTENT or LABEL_BOILER. */
void classify(Page *pg, Region *r);

#endif
