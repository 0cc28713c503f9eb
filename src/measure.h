/* measure: what each block says of itself.
 *
 * Owns: every per-block feature that does not depend on markup, measured
 * the same way for HTML and raw text: words, stopwords (src/stopwords,
 * compiled in), sentences, commas, capitals, digits, link density;
 * boilerplate phrases (cues, src/words/page-cues.txt, but those the page's
 * own title names as its subject), labels and taxonomy lines; agreement
 * with the page's title and JSON-LD body; the raw-text title line; lists'
 * headings, readers' comment headers and text the page repeats.  It sets
 * the Block fields after "derived by" and the flags F_CUE, F_NOTICE,
 * F_TITLE, F_LDBODY, F_REPEAT, F_LISTHEAD and F_COMMENT.
 */
#ifndef LEDE_MEASURE_H
#define LEDE_MEASURE_H

#include "page.h"

void measure_blocks(Page *pg);

#endif
