/* classify: which blocks are the article's body, and (through roles) what
 * the others are.
 *
 * Owns: every content-or-boilerplate decision, and the classification
 * (classify_page: the body, then the roles of roles.h, then the verdict
 * of verdict.h) and --explain's
 * account of it.
 *  1. Each block gets a score from its own features: length, sentence
 *     punctuation, stopword density (when the page's language has a list),
 *     Title Case, link density, semantic containers (nav, footer, aside),
 *     bylines and times, boilerplate phrases, and agreement with the
 *     page's JSON-LD articleBody.
 *  2. HTML: the root container is chosen Readability's way (a paragraph
 *     scores for its container in full, for the ones above by less; link
 *     density and class/id hints weigh in; containers that start just
 *     after the headline count double), then climbs through wrappers and
 *     into parents that add more good text than bad.  Text under a
 *     boilerplate container counts as bad from above it, unless the
 *     container's class also has a content word and its text is mostly
 *     prose (but for readers' comments: "commentBody").  A container of
 *     readers' comments, or one inside it, is the root only where no other
 *     has good text; a nav's or a footer's text scores for none.
 *  3. The body is the run of blocks with the greatest total weight inside
 *     the root; for HTML it then spans the root from its first to its last
 *     prose block (and its own child elements after that), and on into
 *     sections that continue it after an interruption (ads, teasers) in
 *     containers of their own, up to the next story's own <article>
 *     (a page that scrolls on into it); for raw text it is split at gaps and its
 *     densest part kept.  Inside it, only markup (nav, footer, aside, boilerplate
 *     classes), short cue-carrying notices and link lists are left out.
 *     Raw text: a line the page repeats (menus, teasers) scores lower.
 *  4. HTML: a lead paragraph between the headline and the body is taken.
 * Text input runs the same code with a flat tree.  classify.c holds the
 * shared scoring and the flow, classify_html.c and classify_text.c the
 * passes that differ by input kind (classify_int.h, what they share).
 */
#ifndef LEDE_CLASSIFY_H
#define LEDE_CLASSIFY_H

#include <stdio.h>

#include "page.h"
#include "roles.h"
#include "verdict.h"

#define MAX_SECTIONS 24

typedef struct Region {
    int root;           /* chosen container node (0: the whole page) */
    int sections[MAX_SECTIONS]; /* HTML: more containers that continue it */
    int n_sections;
    size_t first, last; /* the body run: blocks [first, last] */
    bool found;
} Region;

/* Score and label every block: LABEL_CONTENT or LABEL_BOILER. */
void classify(Page *pg, Region *r);
/* HTML: is b a short line of a forum's post, its header or its button
 * ("Re: (Score:3)", "Reply to this post", "Joined: May 2019 Posts: 214",
 * src/words/verdict-post-cues.txt)? */
bool cls_forum_line(const Block *b);

/* The classification of a page: where its body is, and what its blocks are
 * (roles.h).  classify_page runs classify() and then roles_find(). */
typedef struct {
    Region region;
    Roles roles;
    Verdict verdict;    /* whether the page holds an article at all */
} Classification;

void classify_page(Page *pg, Classification *c);
void classification_free(Classification *c);
/* --explain: each block's features, score and label, and the containers
 * considered. */
void classify_explain(FILE *f, const Page *pg, const Classification *c);

#endif
