/* classify_int: what the classification's files share (classify.c, the
 * shared scoring and the flow; classify_html.c and classify_text.c, the
 * passes that differ by input kind).  Not for other stages.
 */
#ifndef LEDE_CLASSIFY_INT_H
#define LEDE_CLASSIFY_INT_H

#include <stdbool.h>

#include "classify.h"

/* The constants below were set by measuring on the shared corpora with
 * scripts/eval; each is a general signal, none names a site. */

/* Climbing from the best container to its parent (see choose_root). */
#define CLIMB_MIN 0.1    /* the parent adds at least this share of good text */
#define CLIMB_RATIO 1.5  /* and this much more good text than bad */
/* A container with mixed class words is content when its good text weighs
 * MIXED_GOOD (two paragraphs or so) and MIXED_RATIO times its bad text. */
#define MIXED_GOOD 500.0
#define WRAPPED_SHARE 0.95 /* a wrapper whose rescued child holds this share of its good text */
#define MIXED_RATIO 3.0
/* The body follows the headline: containers (HTML) and blocks (text)
 * starting within TITLE_NEAR blocks after it weigh TITLE_BONUS times more. */
#define TITLE_NEAR 15
#define TITLE_BONUS 2.0
#define BOXED 0.5  /* a container in or under a boilerplate one counts this much */
#define LDBODY_BONUS 1.0 /* score for a block the JSON-LD articleBody holds */
#define CUE_PENALTY 1.5  /* score against cookie, rights and sign-up phrases */
#define REPEAT_PENALTY 2.5 /* raw text: score against a line the page repeats */
/* Raw text: GAP_BLOCKS non-prose blocks in a row split the run; parts
 * beside the heaviest are kept while they weigh SEG_KEEP of it. */
#define GAP_BLOCKS 2
#define SEG_KEEP 0.1
#define HALF_GAP 1.3 /* a line scoring over -HALF_GAP is half a gap block */
#define SEG_KEEP_LISTED 0.25 /* the same, for a part after a "Related" heading */
/* After the article's heaviest part, a light part of a line or two (a
 * gallery's caption) does not cut it off from a part that weighs
 * SEG_KEEP_LISTED of it, when that part starts within BRIDGE_SPAN blocks
 * (a box's appeal further down is no half of the article). */
#define BRIDGE_SPAN 15
/* HTML: the body spans the root from its first to its last block scoring
 * over SPAN_PROSE; inside it, any block is kept that is not boilerplate by
 * markup, cue or links (a prose paragraph may be up to LINK_PROSE links). */
#define SPAN_PROSE 1.0
/* prose blocks an article has told before the next story can start */
#define TOLD 3
#define LINK_PROSE 0.8
/* a sentence before the container's first prose is this long at least */
#define LEAD_SENTENCE 60
/* HTML: a list right after the article's last paragraph is the article's
 * when its items are less than this share links */
#define LIST_LINKS 0.3
/* A section that continues the article: a container scoring SECTION_SHARE
 * of the root or more, whose prose starts within SECTION_NEAR blocks of the
 * body's end. */
#define SECTION_SHARE 0.3
#define SECTION_NEAR 20
/* A paragraph this long or longer that the body says twice is a copy. */
#define REPEAT_PROSE 60
/* The lead between the headline and the body: within LEAD_NEAR blocks
 * after the headline, a block scoring LEAD_PROSE or more is taken. */
#define LEAD_NEAR 12
#define LEAD_PROSE 1.5
/* A short post under its headline: the body found before the headline is
 * under SHORT_BODY characters, the post's text within POST_NEAR blocks
 * after it. */
#define SHORT_BODY 800
#define POST_NEAR 6
/* Raw text: prose past the page's rights line ("© 2012 PMC. All rights
 * reserved.", in its last fifth) is a hidden box's, a video's pop-up, more
 * often than the article's: it weighs this share in choosing the run. */
#define FOOTER_SHARE 0.5
/* Raw text has no markup to say what is boilerplate: inside the run, a
 * line scoring under TEXT_FLOOR is left out. */
#define TEXT_FLOOR (-1.6)
/* but for the items of a list the article introduces with a colon: up to
 * LIST_ITEMS lines of up to LIST_ITEM characters */
#define LIST_ITEMS 30
#define LIST_ITEM 100
/* (in HTML an item of links that such a paragraph introduces, up to this) */
#define LINKED_ITEM 300
/* (a list's label of its own after the article's last paragraph, at most) */
#define LIST_LABEL 80
/* A paragraph that introduces the article's first with a colon has this
 * many characters at least */
#define INTRO_CHARS 60
/* A block with a cue goes when it is shorter than this: a notice, not a
 * paragraph that mentions one. */
#define CUE_SHORT 300
/* but in HTML one of this many sentences and characters after a paragraph
 * of the article, in its element, stays (not a notice: "This post contains
 * affiliate links. If you buy through them, we may earn a commission."),
 * and a short post's paragraph of CUE_PROSE characters may say one */
#define CUE_SENTENCES 2
#define CUE_NEAR 8         /* blocks: the article's prose near such a paragraph */
#define CUE_NEAR_PROSE 100 /* characters of it */
#define CUE_PROSE 150
/* Raw text: paragraphs parsed at most for a dateline that starts the article */
#define DATELINE_TRIES 500

/* Weight of a block in a sum: good text counts by its length. */
static inline double weight(const Block *b)
{
    double c = (double)(b->chars < 30 ? 30 : b->chars);
    if (b->score > 0)
        return b->score * c;
    return b->score * c * 0.6;
}

/* Does a boilerplate container stand between container node and root? */
static inline bool node_under_boiler(const Page *pg, int node, int root)
{
    for (int nd = node; nd > 0 && nd != root; nd = pg->nodes[nd].parent)
        if (pg->nodes[nd].hint < 0)
            return true;
    return false;
}

/* ... between block b and root? */
static inline bool under_boiler(const Page *pg, const Block *b, int root)
{
    return node_under_boiler(pg, b->node, root);
}

static inline bool inside(const Page *pg, int node, int root)
{
    for (int nd = node; nd >= 0; nd = pg->nodes[nd].parent)
        if (nd == root)
            return true;
    return false;
}

/* The root, or the section, that holds node; -1 when none does. */
static inline int region_root(const Page *pg, const Region *r, int node)
{
    for (int nd = node; nd >= 0; nd = pg->nodes[nd].parent) {
        if (nd == r->root)
            return nd;
        for (int k = 0; k < r->n_sections; k++)
            if (nd == r->sections[k])
                return nd;
    }
    return -1;
}

/* Does b end with a colon, introducing what follows ("Ingredients:")? */
static inline bool colon_end(const Block *b)
{
    return b->len && b->text[b->len - 1] == ':';
}

/* Is block b a subheading inside the run, over a paragraph of prose: no
 * list's heading, no notice, no byline? */
static inline bool subheading(const Page *pg, const Region *r, const Block *b)
{
    size_t i = (size_t)(b - pg->blocks);
    return b->kind == KIND_HEADING && i > r->first && i < r->last &&
           !(b->flags & (F_LISTHEAD | F_CUE | F_BYLINE | F_TIME)) && b[1].score > 0 &&
           b[1].ends_sentence && b[1].kind != KIND_HEADING;
}

/* Is block b in the article's containers, and not under boilerplate?  A
 * subheading's own class does not count ("<h2 class=widget-title>" among
 * the paragraphs): what is around it does. */
static inline bool in_region(const Page *pg, const Region *r, const Block *b)
{
    int root = region_root(pg, r, b->node);
    if (root < 0)
        return false;
    if (b->node != root && subheading(pg, r, b))
        return !node_under_boiler(pg, pg->nodes[b->node].parent, root);
    return !under_boiler(pg, b, root);
}

/* A headline, byline or date line, as an article starts with; not one in
 * a box of links (a list of stories with their dates, a "Trending" link to
 * this very article). */
static inline bool starts_article(const Block *b)
{
    if ((b->flags & (F_NAV | F_ASIDE | F_FOOTER)) || b->link_density > 0.5)
        return false;
    return b->heading == 1 || (b->flags & (F_BYLINE | F_TIME | F_TITLE));
}

/* HTML (classify_html.c) */
void cls_mark_teasers(Page *pg);
int cls_choose_root(Page *pg);
void cls_span_container(Page *pg, Region *r);
void cls_add_sections(Page *pg, Region *r, bool before);
void cls_fill_gaps(Page *pg, Region *r);
/* A thread's heading of any kind ("{ 69 comments }", "Comments:" in a
 * cell; not a link to the comments) over posts' headers, names and
 * dates: readers' comments, whatever the markup calls them. */
bool cls_thread_heading(const Page *pg, size_t i);
/* The fewest characters of a paragraph under the headline that readers'
 * posts after it answer */
#define THREAD_PARA 100
size_t cls_thread_start(const Page *pg);
void cls_cut_at_list_heading(Page *pg, Region *r);
void cls_cut_at_posts(Page *pg, Region *r);
/* The posts' headers inside a forum's posts (Node.in_posts), wherever the
 * body is: readers' comments' (F_COMMENT); cls_choose_root calls it. */
void cls_mark_forum_posts(Page *pg);
void cls_take_quote(Page *pg, Region *r);
void cls_take_list(Page *pg, Region *r);
void cls_take_intro(Page *pg, Region *r);
void cls_take_opening(Page *pg, Region *r);
void cls_take_closing(Page *pg, Region *r);
void cls_cut_at_next_article(Page *pg, Region *r);
void cls_take_lead(Page *pg);
void cls_post_under_title(Page *pg);
void cls_join_rows(Page *pg, const Region *r);

/* raw text (classify_text.c) */
size_t cls_mark_legal_footer(Page *pg);
void cls_trim_run(Page *pg, Region *r, long title);
void cls_after_notices(const Page *pg, Region *r, long title);
void cls_start_at_dateline(const Page *pg, Region *r);
/* Does b open with a dateline (one that names a place, when place:
 * "HANOI, Vietnam (AP) —")? */
bool cls_opens_with_dateline(const Block *b, bool place);
bool cls_introduced_item(const Page *pg, const Region *r, size_t i);
bool cls_text_subhead(const Page *pg, const Region *r, size_t i);
bool cls_table_row(const Page *pg, const Region *r, size_t i);
bool cls_same_text(const Block *a, const Block *b);
/* A line that claims the rights: "© 2019 Example, LLC. All rights reserved." */
bool cls_rights_line(const Block *b);

/* both (classify.c): do posts' headers follow the line at (a name and a
 * date or a time on short lines, two that differ): a thread? */
bool cls_thread_of_dated_posts(const Page *pg, size_t at);
/* Does s hold a clock's time ("11:06", "9:41")? */
bool cls_holds_clock(const char *s, size_t n);

#endif
