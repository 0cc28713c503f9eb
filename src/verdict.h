/* verdict: does the page hold an article at all?
 *
 * Owns: the page-level decision, made after the body and the roles are
 * found, from general signals: the prose the body holds, a date, byline or
 * dateline, a headline right over the body, the kind the markup declares;
 * against them a title that says the page was not found, or names a page
 * that is no article (About, FAQ, Log in), a personal page, search results,
 * prices, readers' or a forum's posts, teasers, entries that each end with
 * their date, a body mostly not prose, a page of cards (a heading over
 * each short paragraph).
 * A few signals decide alone (vetoes); the others are weighed, and the
 * page is an article when their sum reaches ARTICLE_SCORE.  --explain
 * prints the signals and what decided.
 */
#ifndef LEDE_VERDICT_H
#define LEDE_VERDICT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "page.h"
#include "roles.h"

#define VERDICT_SIGNS 24 /* more than weigh_all can turn on at once */

typedef struct {
    bool article;
    const char *veto;     /* the signal that said no alone, or NULL */
    int score;            /* the weighed signals' sum, in half points */
    const char *signs[VERDICT_SIGNS]; /* the signals that weighed, for --explain */
    int weights[VERDICT_SIGNS];
    size_t n_signs;
    /* what was measured */
    size_t body_chars;    /* the body's text */
    size_t prose_chars;   /* in its prose: paragraphs of sentences */
    size_t prose_paras;
    size_t teasers;       /* in the body, headings that are links and "Read more"
                           * links: other pages' titles */
    size_t cut;           /* body paragraphs cut short with "...": teasers */
    size_t prices, carts; /* short blocks that show a price; that say "add to cart" */
    bool post_above;      /* one of them stands right above the body */
    size_t body_posts;    /* of them, between the body's first block and its last */
    bool search;          /* a line opens as search results do ("Results 1 - 50 of") */
    size_t posts;         /* a forum's or readers' posts' headers and buttons */
    size_t dated;         /* short lines in the body's span that end with a date:
                           * entries of a list (questions, posts, news) */
    size_t sections;      /* the body's parts under headings (h2 to h6) */
    size_t cards;         /* of them, those that hold one short paragraph */
    long gap;             /* text between the headline's block and the body, or -1 */
} Verdict;

void verdict_find(const Page *pg, const Roles *ro, Verdict *v);
void verdict_explain(FILE *f, const Verdict *v);

#endif
