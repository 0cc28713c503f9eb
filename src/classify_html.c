/* classify_html: the classification's passes for HTML: teasers, the root
 * container, its span and the sections that continue it, where the article
 * ends (a list heading, the next story), the lead, table rows. */
#include <math.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>

#include "buf.h"
#include "classify_int.h"
#include "date.h"
#include "dateline.h"
#include "text.h"
#include "words.h"

/* How many levels over its paragraphs a container holds them, at the
 * nearest (1: a paragraph's parent is the container's child), up to
 * HOLD_MAX; INT_MAX past it.  The search stops at one as near as enough. */
#define HOLD_MAX 6
static int holding_depth(const Page *pg, int nd, int enough)
{
    int least = HOLD_MAX + 1;
    for (size_t i = 0; i < pg->n && least > enough; i++) {
        const Block *b = &pg->blocks[i];
        if (b->score <= SPAN_PROSE)
            continue;
        int up = b->kind == KIND_DIV || b->kind == KIND_OTHER ? b->node : pg->nodes[b->node].parent;
        for (int d = 0; up >= 0 && d < least; d++, up = pg->nodes[up].parent)
            if (up == nd)
                least = d;
    }
    return least > HOLD_MAX ? INT_MAX : least;
}

/* Is container nd, or one it is inside, what a class calls readers'
 * comments, apart from the root (a wrapper of both, "comments-enabled",
 * is no thread)? */
static bool in_comments(const Page *pg, int nd, int root)
{
    for (; nd > 0; nd = pg->nodes[nd].parent)
        if (pg->nodes[nd].comments && !inside(pg, root, nd))
            return true;
    return false;
}

/* The article is sometimes cut into sections by ads and teasers, each in
 * its own container: a container that scores a good share of the root,
 * whose prose starts within a few blocks after the body's end, continues
 * it; one whose prose ends within a few blocks before the body's start
 * (the first paragraphs, then an ad, then the rest) starts it.  No
 * headline, byline or date line may come between (the next article of an
 * infinite scroll), and the container holds a paragraph itself, as the
 * root does, as deep under it (not a list of teasers, each in its own box). */
void cls_add_sections(Page *pg, Region *r, bool before)
{
    double root_s = pg->nodes[r->root].score;
    if (root_s <= 0)
        return;
    /* (a section holds its paragraphs as deep as the root does, or one
     * level under itself) */
    int deep = holding_depth(pg, r->root, 0);
    deep = deep == INT_MAX || deep < 1 ? 1 : deep;
    while (r->n_sections < MAX_SECTIONS) {
        int found = -1;
        size_t found_edge = 0;
        for (size_t nd = 1; nd < pg->nn; nd++) {
            const Node *x = &pg->nodes[nd];
            /* (nor a forum's posts, each in its box, nor what a class
             * calls readers' comments, and what is inside it) */
            if (x->score < SECTION_SHARE * root_s || x->hint < 0 || x->in_posts ||
                in_comments(pg, (int)nd, r->root))
                continue;
            if (inside(pg, (int)nd, r->root) || inside(pg, r->root, (int)nd) ||
                region_root(pg, r, (int)nd) >= 0)
                continue;
            bool ancestor = false;
            for (int k = 0; k < r->n_sections; k++)
                ancestor |= inside(pg, r->sections[k], (int)nd);
            if (ancestor)
                continue;
            /* its prose block nearest the body, and what lies between */
            size_t edge = pg->n;
            for (size_t d = 1; d <= SECTION_NEAR && edge == pg->n; d++) {
                size_t i = before ? r->first - d : r->last + d;
                if (before ? d > r->first : i >= pg->n)
                    break;
                if (pg->blocks[i].score > SPAN_PROSE && inside(pg, pg->blocks[i].node, (int)nd))
                    edge = i;
            }
            if (edge == pg->n)
                continue;
            bool apart = false;
            for (size_t i = before ? edge + 1 : r->last + 1; i < (before ? r->first : edge); i++)
                apart |= starts_article(&pg->blocks[i]);
            if (apart)
                continue;
            if (holding_depth(pg, (int)nd, deep) > deep)
                continue;
            if (found < 0 || (before ? edge > found_edge : edge < found_edge)) {
                found = (int)nd;
                found_edge = edge;
            }
        }
        if (found < 0)
            return;
        r->sections[r->n_sections++] = found;
        for (size_t i = 0; i < pg->n; i++)
            if (pg->blocks[i].score > SPAN_PROSE && inside(pg, pg->blocks[i].node, found) &&
                !under_boiler(pg, &pg->blocks[i], found)) {
                if (before && i < r->first)
                    r->first = i;
                if (!before && i > r->last)
                    r->last = i;
            }
    }
}

/* The child of container up that holds node nd, or -1. */
static int child_of(const Page *pg, int nd, int up)
{
    int want = pg->nodes[up].depth + 1;
    while (nd >= 0 && pg->nodes[nd].depth > want)
        nd = pg->nodes[nd].parent;
    return nd >= 0 && pg->nodes[nd].parent == up ? nd : -1;
}

/* Does container nd, whose first block is i, read as a part of the
 * article: no links to speak of, no list's or thread's heading, no
 * comment, no menu, aside or footer, no class that says boilerplate? */
static bool plain_part(const Page *pg, int nd, size_t i, size_t *end)
{
    size_t chars = 0, links = 0;
    bool plain = pg->nodes[nd].hint >= 0 && !pg->nodes[nd].in_posts && pg->nodes[nd].why == WHY_NONE;
    for (; i < pg->n && inside(pg, pg->blocks[i].node, nd); i++) {
        const Block *b = &pg->blocks[i];
        chars += b->chars;
        links += b->link_chars;
        plain &= !(b->flags & (F_LISTHEAD | F_THREAD | F_COMMENT | F_NAV | F_ASIDE | F_FOOTER));
    }
    *end = i;
    return plain && links * 2 < chars;
}

/* HTML: an article cut into sibling containers (a how-to's steps, each in
 * its box) keeps the weak ones between two that were taken ("Step 2"
 * over "Insert your plant into the hole."), when the root has a sibling
 * among the sections: those that read as a part of it, between the root
 * or a section and the next. */
void cls_fill_gaps(Page *pg, Region *r)
{
    int up = pg->nodes[r->root].parent;
    bool split = false;
    for (int k = 0; k < r->n_sections && up >= 0; k++)
        split |= pg->nodes[r->sections[k]].parent == up;
    if (!split)
        return;
    /* (the parts since the last taken block, taken when the next one
     * comes; any other text between drops them) */
    int pending[MAX_SECTIONS];
    int n_pending = 0;
    for (size_t i = r->first; i <= r->last;) {
        const Block *b = &pg->blocks[i];
        size_t end = i + 1;
        if (region_root(pg, r, b->node) >= 0) {
            for (int k = 0; k < n_pending && r->n_sections < MAX_SECTIONS; k++)
                r->sections[r->n_sections++] = pending[k];
            n_pending = 0;
        } else {
            int part = child_of(pg, b->node, up);
            if (part >= 0 && plain_part(pg, part, i, &end) && n_pending < MAX_SECTIONS)
                pending[n_pending++] = part;
            else
                n_pending = 0;
        }
        i = end;
    }
}

/* Good and bad text weight under each container.  With from_above, text
 * under a boilerplate container counts as bad for the containers above it. */
static void sum_text(const Page *pg, double *good, double *bad, bool from_above)
{
    memset(good, 0, pg->nn * sizeof *good);
    memset(bad, 0, pg->nn * sizeof *bad);
    for (size_t i = 0; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        double w = weight(b);
        for (int nd = b->node; nd >= 0; nd = pg->nodes[nd].parent) {
            if (w > 0)
                good[nd] += w;
            else
                bad[nd] -= w;
            if (from_above && pg->nodes[nd].hint < 0 && w > 0)
                w = -w;
        }
    }
}

/* HTML: a teaser for another page.  A container whose blocks are a linked
 * title (a line that is all link, of TEASER_WORDS words or more, not a
 * live blog's linked time) and, after
 * it, short text (a summary, a date) of at most TEASER_CHARS, beside a
 * sibling container of the same shape, is boilerplate whatever its class
 * says: a list of other stories, each with its summary. */
#define TEASER_WORDS 3
#define TEASER_CHARS 320
#define TEASER_LABEL 30 /* a kicker or a label over the title, up to this long */
void cls_mark_teasers(Page *pg)
{
    size_t nn = pg->nn;
    long *lo = xmalloc(nn * sizeof *lo), *hi = xmalloc(nn * sizeof *hi);
    for (size_t nd = 0; nd < nn; nd++)
        lo[nd] = hi[nd] = -1;
    for (size_t i = 0; i < pg->n; i++)
        for (int nd = pg->blocks[i].node; nd >= 0; nd = pg->nodes[nd].parent) {
            if (lo[nd] < 0)
                lo[nd] = (long)i;
            hi[nd] = (long)i;
        }
    bool *unit = xcalloc(nn, sizeof *unit);
    for (size_t nd = 1; nd < nn; nd++) {
        if (lo[nd] < 0 || hi[nd] == lo[nd] || hi[nd] - lo[nd] > 4)
            continue;
        /* the title, after a kicker or a label ("Politics") if any */
        long ti = lo[nd];
        while (ti < hi[nd] && pg->blocks[ti].chars <= TEASER_LABEL &&
               (pg->blocks[ti].words < TEASER_WORDS || pg->blocks[ti].link_density < 0.9))
            ti++;
        /* (a table's rows are data: a list of films, each with its summary) */
        const Block *t = &pg->blocks[ti];
        if (t->link_density < 0.9 || t->words < TEASER_WORDS || t->chars < 15 || t->chars > 200 ||
            t->digits * 4 > t->chars || (t->flags & F_TABLE) || ti == hi[nd])
            continue;
        size_t rest = 0;
        bool summary = false, ok = true;
        for (long i = ti + 1; i <= hi[nd] && ok; i++) {
            const Block *b = &pg->blocks[i];
            rest += b->chars;
            /* (a summary of its own, not the rest of the title's sentence:
             * "<a>Title</a>. Site. Retrieved 2020", a reference) */
            ok = b->link_density < 0.5 && b->heading == 0 &&
                 (i > ti + 1 || !strchr(".,;:)]", b->text[0]));
            summary |= b->chars >= 40;
        }
        unit[nd] = ok && summary && rest <= TEASER_CHARS;
    }
    /* beside a sibling of the same shape: two units or more under one
     * parent, which holds no prose of its own among them (the cards of a
     * buying guide stand between its paragraphs) */
    int *count = xcalloc(nn, sizeof *count);
    for (size_t nd = 1; nd < nn; nd++)
        if (unit[nd])
            count[pg->nodes[nd].parent]++;
    /* (each paragraph, walking up: its containers below any unit hold it) */
    for (size_t i = 0; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        if (b->score <= SPAN_PROSE || b->chars < 80)
            continue;
        bool in_unit = false;
        for (int nd = b->node; nd >= 0; nd = pg->nodes[nd].parent) {
            if (!in_unit)
                count[nd] = 0;
            in_unit |= unit[nd];
        }
    }
    /* and only beside an article: prose outside every such list (a live
     * blog whose every post has a linked title is the article) */
    bool beside = false;
    for (size_t i = 0; i < pg->n && !beside; i++) {
        const Block *b = &pg->blocks[i];
        if (b->score <= SPAN_PROSE || b->chars < 80)
            continue;
        beside = true;
        for (int nd = b->node; nd >= 0 && beside; nd = pg->nodes[nd].parent)
            beside = count[nd] < 2;
    }
    /* nor inside the element that holds the headline and the prose under
     * it: that is the article's own list (a buying guide's products, each
     * with its link and its line), not teasers beside it */
    long h = -1, prose = -1;
    for (size_t i = 0; i < pg->n && h < 0; i++)
        if (pg->blocks[i].heading == 1 || ((pg->blocks[i].flags & F_TITLE) && pg->blocks[i].heading))
            h = (long)i;
    for (long i = h + 1; h >= 0 && i < (long)pg->n && prose < 0; i++) {
        const Block *b = &pg->blocks[i];
        bool in_unit = false;
        for (int nd = b->node; nd >= 0 && !in_unit; nd = pg->nodes[nd].parent)
            in_unit = unit[nd];
        if (b->score > SPAN_PROSE && b->chars >= 80 && !in_unit)
            prose = i;
    }
    int own = -1; /* the lowest element that holds both */
    for (int nd = prose >= 0 ? pg->blocks[h].node : -1; nd >= 0 && own < 0; nd = pg->nodes[nd].parent)
        if (inside(pg, pg->blocks[prose].node, nd))
            own = nd;
    for (size_t nd = 1; nd < nn && beside; nd++)
        if (unit[nd] && count[pg->nodes[nd].parent] >= 2 && pg->nodes[nd].hint >= 0 &&
            (own <= 0 || !inside(pg, (int)nd, own)))
            pg->nodes[nd].hint = -2;
    free(count);
    free(unit);
    free(lo);
    free(hi);
}

/* The container whose subtree has the most good text against bad. */
/* Readability's locality: a paragraph scores for its container in full,
 * for the one above by half, and less further up, so that the element
 * whose own children are the paragraphs wins over a page-wide wrapper or a
 * list of teasers.  Also each container's characters, and those in links. */
static void local_scores(const Page *pg, double *local, double *chars, double *links)
{
    for (size_t i = 0; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        for (int nd = b->node; nd >= 0; nd = pg->nodes[nd].parent) {
            chars[nd] += (double)b->chars;
            links[nd] += (double)b->link_chars;
        }
        /* (a nav's or a footer's text, which the markup says is not the
         * page's content, scores for no container) */
        if (b->score <= 0 || b->chars < 25 || (b->flags & (F_NAV | F_FOOTER)))
            continue;
        double w = b->score * (1.0 + (double)b->commas * 0.3 +
                               (b->chars > 300 ? 3.0 : (double)b->chars / 100.0));
        int c = b->kind == KIND_DIV || b->kind == KIND_OTHER ? b->node : pg->nodes[b->node].parent;
        for (int level = 0; c >= 0 && level < 5; level++, c = pg->nodes[c].parent) {
            local[c] += w / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
            if (pg->nodes[c].hint < 0)
                break; /* a boilerplate container keeps its text */
        }
    }
}

/* Does the list heading at block h, within TITLE_NEAR blocks under the
 * headline (title, the heading that says the page's title) and before any
 * paragraph, head only a box of links at the top of container nd, the
 * article's prose following in it ("Sur le même sujet" over two linked
 * titles, then the story)?  Not a thread's heading ("274 Comments"), nor
 * a list whose item is the prose (an author's box, "About Me"). */
#define BOX_PROSE 150 /* a paragraph between the headline and the box */
#define BOX_FIRST 80  /* the article's first after it */
#define BOX_SPAN 16   /* blocks from the heading to it, at most (a box is short) */
static bool box_over_body(const Page *pg, long title, size_t h, int nd)
{
    if (title < 0 || !(pg->blocks[title].flags & F_TITLE) ||
        pg->blocks[title].kind != KIND_HEADING || (pg->blocks[h].flags & F_THREAD) ||
        (long)h <= title || (long)h - title > TITLE_NEAR)
        return false;
    /* (no paragraph between the headline and the box: an author's box
     * after a short post, "About the author" over the name and a note, is
     * no such box) */
    for (size_t i = (size_t)title + 1; i < h; i++)
        if (pg->blocks[i].chars >= BOX_PROSE && pg->blocks[i].score > 0)
            return false;
    size_t links = 0;
    for (size_t i = h + 1; i < pg->n && i <= h + BOX_SPAN && inside(pg, pg->blocks[i].node, nd);
         i++) {
        const Block *b = &pg->blocks[i];
        if (b->chars >= BOX_FIRST && b->link_density < 0.2 && b->ends_sentence && b->score > 0)
            return links >= 1 && b->kind != KIND_LI;
        if (b->link_density >= 0.5)
            links++;
        else if (b->chars > 80 || (b->flags & (F_COMMENT | F_TIME | F_THREAD)))
            return false;
    }
    return false;
}

#define FORUM_WORDS 12 /* a post's header or button is a short line */
#define FORUM_LINES 3  /* such lines that make a container a thread */
#define FORUM_OPEN 6   /* ... the first within so many blocks of its opening */

/* Does one of the words of s (after a space) open one of the phrases? */
static bool word_opens(const TextPhrases *ps, const char *s)
{
    for (const char *p = s; p; p = strchr(p, ' '))
        if (text_phrase_at(ps, *p == ' ' ? ++p : p) >= 0)
            return true;
    return false;
}

bool cls_forum_line(const Block *b)
{
    return b->words <= FORUM_WORDS &&
           (text_opens_with(&phrases_verdict_post_cues, b->text) ||
            (memchr(b->text, ':', b->len) && word_opens(&phrases_verdict_post_cues, b->text)));
}

/* Which containers are boxed (inside a boilerplate container) and which
 * are talk (readers' comments: a comment's class, a container that a list
 * heading opens, "Leave a Comment", "Related articles" over what it holds,
 * or one that starts past a thread's heading under the headline, whatever
 * the markup calls it, or under the headline with a forum's post line
 * within FORUM_OPEN blocks, FORUM_LINES such lines in it: Node.in_posts);
 * not one that holds the headline (title) after its list heading, a
 * column that opens with "Trending Stories" over the article. */
static void mark_boxed_and_talk(Page *pg, long title, bool *boxed, bool *talk)
{
    long *opener = xmalloc(pg->nn * sizeof *opener), *first_post = xmalloc(pg->nn * sizeof *opener);
    size_t *forum = xcalloc(pg->nn, sizeof *forum);
    for (size_t nd = 0; nd < pg->nn; nd++)
        opener[nd] = first_post[nd] = -1;
    for (size_t i = pg->n; i-- > 0;) {
        bool post = cls_forum_line(&pg->blocks[i]);
        for (int nd = pg->blocks[i].node; nd >= 0; nd = pg->nodes[nd].parent) {
            opener[nd] = (long)i;
            forum[nd] += post;
            first_post[nd] = post ? (long)i : first_post[nd];
        }
    }
    if (title >= 0 && (pg->blocks[title].flags & F_TITLE))
        for (int nd = pg->blocks[title].node; nd >= 0; nd = pg->nodes[nd].parent)
            if (opener[nd] < title)
                opener[nd] = -1;
    long thread = (long)cls_thread_start(pg);
    for (size_t nd = 1; nd < pg->nn; nd++) {
        Node *x = &pg->nodes[nd];
        int up = x->parent;
        boxed[nd] = up > 0 && (boxed[up] || pg->nodes[up].hint < 0);
        bool listed = opener[nd] >= 0 && (pg->blocks[opener[nd]].flags & F_LISTHEAD) &&
                      !box_over_body(pg, title, (size_t)opener[nd], (int)nd);
        bool posts = title >= 0 && opener[nd] > title && forum[nd] >= FORUM_LINES &&
                     first_post[nd] - opener[nd] <= FORUM_OPEN;
        talk[nd] = x->comments || (up > 0 && talk[up]) || listed || opener[nd] >= thread || posts;
        x->in_posts = posts || (up > 0 && pg->nodes[up].in_posts);
        x->why = x->comments           ? WHY_COMMENTS
                 : up > 0 && talk[up]  ? WHY_IN_TALK
                 : listed              ? WHY_LISTED
                 : opener[nd] >= thread ? WHY_THREAD
                 : posts               ? WHY_POSTS
                 : boxed[nd]           ? WHY_BOXED
                                       : WHY_NONE;
        x->why_at = x->why == WHY_LISTED || x->why == WHY_THREAD ? opener[nd] : -1;
    }
    free(opener);
    free(first_post);
    free(forum);
}

int cls_choose_root(Page *pg)
{
    double *local = xcalloc(pg->nn, sizeof *local);
    double *chars = xcalloc(pg->nn, sizeof *chars);
    double *links = xcalloc(pg->nn, sizeof *links);
    local_scores(pg, local, chars, links);
    /* the body follows the headline closely */
    long title = -1;
    for (size_t i = 0; i < pg->n && title < 0; i++)
        if (pg->blocks[i].flags & F_TITLE)
            title = (long)i;
    for (size_t i = 0; i < pg->n && title < 0; i++)
        if (pg->blocks[i].heading == 1)
            title = (long)i;
    long *first = xmalloc(pg->nn * sizeof *first);
    for (size_t nd = 0; nd < pg->nn; nd++)
        first[nd] = -1;
    for (size_t i = pg->n; i-- > 0;) {
        const Block *b = &pg->blocks[i];
        if (b->score <= 0)
            continue;
        for (int nd = b->node; nd >= 0; nd = pg->nodes[nd].parent)
            first[nd] = (long)i;
    }
    int best = 0, best_talk = 0;
    double best_s = -1e300, best_talk_s = -1e300;
    /* inside a boilerplate container (a gallery, a sidebar) counts as
     * boilerplate too (parents come before their children); inside readers'
     * comments, the root is only where nothing else has good text */
    bool *boxed = xcalloc(pg->nn, sizeof *boxed);
    bool *talk = xcalloc(pg->nn, sizeof *talk);
    mark_boxed_and_talk(pg, title, boxed, talk);
    for (size_t nd = 0; nd < pg->nn; nd++) {
        Node *x = &pg->nodes[nd];
        double ld = chars[nd] > 0 ? links[nd] / chars[nd] : 0.0;
        double s = local[nd] * (1.0 - ld);
        x->near_title = title >= 0 && first[nd] >= title && first[nd] - title <= TITLE_NEAR;
        if (x->near_title)
            s *= TITLE_BONUS;
        if (x->hint > 0)
            s *= 1.25;
        else if (x->hint < 0 || boxed[nd])
            s *= BOXED;
        x->score = s;
        if (talk[nd] ? s > best_talk_s : s > best_s) {
            *(talk[nd] ? &best_talk_s : &best_s) = s;
            *(talk[nd] ? &best_talk : &best) = (int)nd;
        }
    }
    if (best_s <= 0 && best_talk_s > best_s)
        best = best_talk;
    free(talk);
    free(boxed);
    free(local);
    free(first);
    free(chars);
    free(links);
    /* A container whose class mixes boilerplate and content words
     * ("sidebar__content": hint -1) is content when its text is: mostly
     * prose, and a few paragraphs' worth; but for readers' comments
     * ("commentBody"), which are never the article. */
    double *good = xcalloc(pg->nn, sizeof *good);
    double *bad = xcalloc(pg->nn, sizeof *bad);
    sum_text(pg, good, bad, false);
    bool *rescued = xcalloc(pg->nn, sizeof *rescued);
    for (size_t nd = 0; nd < pg->nn; nd++)
        if (pg->nodes[nd].hint == -1 && !pg->nodes[nd].comments && good[nd] >= MIXED_GOOD &&
            good[nd] > MIXED_RATIO * bad[nd])
            pg->nodes[nd].hint = 0, rescued[nd] = true;
    /* and so is a boilerplate-named wrapper ("sidebar-grid__container")
     * whose text is nearly all in such a rescued child ("sidebar-grid__content
     * article__content"): the name describes the layout */
    for (size_t nd = pg->nn; nd-- > 1;) {
        int up = pg->nodes[nd].parent;
        if (up > 0 && pg->nodes[up].hint < 0 && rescued[nd] && good[nd] >= WRAPPED_SHARE * good[up] &&
            good[up] > MIXED_RATIO * bad[up])
            pg->nodes[up].hint = 0, rescued[up] = true;
    }
    free(rescued);
    sum_text(pg, good, bad, true);
    /* A parent that holds little more good text is a better root: the
     * article often spans sibling containers. */
    for (;;) {
        int up = pg->nodes[best].parent;
        if (up < 0 || good[best] <= 0)
            break;
        double extra_good = good[up] - good[best], extra_bad = bad[up] - bad[best];
        if (extra_good <= 0 && extra_bad <= 0)
            best = up; /* a wrapper around the same text */
        else if (extra_good > CLIMB_MIN * good[best] && extra_good > CLIMB_RATIO * extra_bad)
            best = up;
        else
            break;
    }
    /* a quotation is never the article alone: the post that quotes it
     * is (its own lines over and under it) */
    if (pg->nodes[best].form == NODE_QUOTE && pg->nodes[best].parent > 0)
        best = pg->nodes[best].parent;
    free(good);
    free(bad);
    cls_mark_forum_posts(pg);
    return best;
}

/* The first heading that says the page's title, not a menu's: the
 * headline as the markup shows it; else -1. */
static long title_heading(const Page *pg)
{
    for (size_t i = 0; i < pg->n; i++)
        if ((pg->blocks[i].flags & F_TITLE) && pg->blocks[i].kind == KIND_HEADING &&
            !(pg->blocks[i].flags & (F_NAV | F_ASIDE | F_FOOTER)))
            return (long)i;
    return -1;
}

bool cls_thread_heading(const Page *pg, size_t i)
{
    const Block *b = &pg->blocks[i];
    return !(b->flags & (F_NAV | F_ASIDE | F_FOOTER)) && b->link_density < 0.5 &&
           ((b->flags & F_THREAD) ||
            (b->chars <= 20 && text_is_one_of(b->text, b->len, ":", words_page_thread_words))) &&
           cls_thread_of_dated_posts(pg, i);
}

/* Where readers' posts start under the headline: at a thread's heading
 * (cls_thread_heading) after a paragraph under the headline, however
 * weak its prose (a short post that ends with "please CLICK HERE"); else
 * pg->n.  A long comment there is never the article. */
size_t cls_thread_start(const Page *pg)
{
    long title = title_heading(pg);
    bool para = false;
    for (size_t i = title < 0 ? pg->n : (size_t)title + 1; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        if (para && cls_thread_heading(pg, i))
            return i;
        para |= b->chars >= THREAD_PARA && b->link_density < 0.5 && b->kind != KIND_HEADING;
    }
    return pg->n;
}

/* Is block i a list's label that is no heading ("Related on Example:",
 * a short line of its own) over all that the run has left, up to last:
 * the items of a list, two of prose at least, that do not hold the label
 * (a slideshow of other stories, each its heading and its summary)? */
#define LABEL_LINE 50
#define LABEL_LOOKS 8
static bool listed_box(const Page *pg, size_t i, size_t last)
{
    const Block *b = &pg->blocks[i];
    if (!(b->flags & F_LISTHEAD) || b->kind == KIND_HEADING || b->chars > LABEL_LINE ||
        b->ends_sentence || (b->flags & (F_NAV | F_ASIDE | F_FOOTER | F_REPEAT)))
        return false;
    size_t items = 0;
    for (size_t k = i + 1; k <= last; k++) {
        if (pg->blocks[k].score <= SPAN_PROSE)
            continue;
        int nd = pg->blocks[k].node;
        while (nd >= 0 && pg->nodes[nd].form != NODE_ITEM)
            nd = pg->nodes[nd].parent;
        if (nd < 0 || inside(pg, b->node, nd))
            return false;
        items++;
    }
    return items >= 2;
}

/* HTML: a list heading ("Você pode gostar...", "Related") after the
 * article's prose, over prose that stands outside the element holding
 * the prose before it (other stories, each in an element of its own),
 * ends the article.  An inline box of links inside the article, which
 * the article's paragraphs go on after, does not. */
void cls_cut_at_list_heading(Page *pg, Region *r)
{
    int common = -1; /* the element that holds all the prose so far */
    size_t prose = 0, labels = 0;
    for (size_t i = r->first; i <= r->last; i++) {
        const Block *b = &pg->blocks[i];
        /* a thread's heading of any kind ("{ 69 comments }", "Comments:"
         * in a cell; not a link to the comments) over posts' headers,
         * names and dates: readers' comments, whatever the markup calls
         * them */
        if (prose >= 1 && cls_thread_heading(pg, i)) {
            r->last = i - 1;
            return;
        }
        if ((b->flags & F_LISTHEAD) && b->kind == KIND_HEADING &&
            !(b->flags & (F_NAV | F_ASIDE | F_FOOTER | F_REPEAT | F_CUE)) && prose >= 1) {
            /* (a list of other stories that the article's own element
             * does not go on after; the heading of a comment thread, in
             * it or not: readers' comments follow) */
            bool goes_on = false;
            /* (readers' comments after it do not go on with the article) */
            for (size_t k = i + 1; k <= r->last && !goes_on && !(b->flags & F_THREAD) &&
                                   !(pg->blocks[k].flags & F_THREAD);
                 k++)
                goes_on = pg->blocks[k].score > SPAN_PROSE && inside(pg, pg->blocks[k].node, common);
            if (!goes_on) {
                r->last = i - 1;
                return;
            }
        }
        /* (a few such labels looked past at most: each look reads the
         * rest of the run) */
        if (prose >= 2 && (b->flags & F_LISTHEAD) && labels++ < LABEL_LOOKS &&
            listed_box(pg, i, r->last)) {
            r->last = i - 1;
            return;
        }
        if (b->score <= SPAN_PROSE)
            continue;
        prose++;
        int up = pg->nodes[b->node].parent;
        if (common < 0)
            common = up >= 0 ? up : b->node;
        while (common >= 0 && !inside(pg, b->node, common))
            common = pg->nodes[common].parent;
    }
}

/* Does s[0..n) hold a word of two letters or more that is not a month's
 * or a day's name, nor "on" or "at": someone's ("Lora Lee On Thursday,
 * November ", not a timeline's "Thursday, March ")? */
static bool names_someone(const char *s, size_t n)
{
    for (size_t k = 0; k < n;) {
        size_t w = 0;
        while (k + w < n && s[k + w] != ' ' && s[k + w] != ',' && s[k + w] != '-')
            w++;
        bool letter = w >= 2 && (((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z') ||
                                 (unsigned char)s[k] >= 0x80);
        if (letter && !date_month_name(s + k, w) &&
            !text_is_one_of(s + k, w, ".:", words_dateline_days) &&
            !text_is_one_of(s + k, w, ".:", words_classify_post_fillers))
            return true;
        k += w + 1;
    }
    return false;
}

/* Is b a short line that ends "NAME said," or "NAME says:" (src/words/
 * page-comment-verbs.txt, with a comma or a colon)? */
static bool says_line(const Block *b)
{
    if (b->chars > 40 || b->len < 4)
        return false;
    char last = b->text[b->len - 1];
    if (last != ',' && last != ':')
        return false;
    for (const char *const *v = words_page_comment_verbs; *v; v++) {
        size_t vl = strlen(*v) - 1; /* (its colon aside) */
        if (b->len > vl && !memcmp(b->text + b->len - 1 - vl, *v, vl))
            return true;
    }
    return false;
}

#define POST_LINE 80

/* Does prose that ends a sentence stand at block under or the next? */
static bool prose_under(const Page *pg, size_t under)
{
    for (size_t k = under; k < pg->n && k <= under + 1; k++)
        if (pg->blocks[k].score > 0 && pg->blocks[k].ends_sentence)
            return true;
    return false;
}

/* Is b a short line that is a date or a time, a link or not (a post's
 * permalink)? */
static bool dated_short(const Block *b)
{
    char day[48];
    return b->chars <= POST_LINE && b->digits && !b->ends_sentence &&
           !(b->flags & (F_NAV | F_ASIDE | F_FOOTER)) &&
           (cls_holds_clock(b->text, b->len) || date_iso(b->text, day, sizeof day));
}

/* The name after a post's day and time, past its number ("on 25 Oct 2012
 * at 7:25 pm3 Audrey"): sets *who to it and returns its length (three
 * words at most), else 0. */
#define NAME_AFTER_WORDS 3
static size_t name_after_time(const Block *b, const char **who)
{
    size_t at = b->len;
    while (at && !(b->text[at - 1] >= '0' && b->text[at - 1] <= '9'))
        at--;
    char day[48];
    /* (a day and a time: a live blog's entries give the time alone over
     * their author's name, "20:24 Ann Lee") */
    if (!at || !cls_holds_clock(b->text, b->len) || !date_iso(b->text, day, sizeof day))
        return 0;
    const char *t = b->text + at;
    while (*t == ' ' || *t == '.' || *t == ')' || *t == '#' || *t == '-')
        t++;
    /* (the clock's own "am" or "pm" is no name) */
    if ((t[0] | 0x20) == 'a' || (t[0] | 0x20) == 'p')
        if ((t[1] | 0x20) == 'm' && (t[2] == ' ' || t[2] == '\0'))
            t += 2 + (t[2] == ' ');
    size_t n = strlen(t), words = 0;
    for (size_t k = 0; k < n; k++)
        words += t[k] == ' ';
    if (!n || words + 1 > NAME_AFTER_WORDS || !names_someone(t, n))
        return 0;
    *who = t;
    return n;
}

/* HTML: a post's header at block i: a name, then a date or a time, on a
 * short line ("Lora Lee On Thursday, November 1 at 2:57 pm", "2. Ann -
 * 29 August, 2011"), or a date alone over the line that names who says it
 * ("August 9th, 2012 at 8:38 am" over "Kevin said,"), or that line over
 * the date, with prose right under it.  Sets *who to its name's part
 * (what stands before the date, past a post's number; else the line that
 * names) and returns its length, else 0. */
static size_t post_header(const Page *pg, size_t i, const char **who)
{
    const Block *b = &pg->blocks[i];
    char day[48];
    /* (the line that names who says it over the date: "Ann sagt:" over
     * "28. April 2024 um 10:17 Uhr") */
    if (says_line(b) && i + 2 < pg->n && dated_short(&pg->blocks[i + 1]) &&
        prose_under(pg, i + 2)) {
        *who = b->text;
        return b->len;
    }
    /* (or with no date, when a comma ends it, "Kevin said,", as no
     * quote's introduction in an article does, with prose right under) */
    if (says_line(b) && b->text[b->len - 1] == ',' && i + 1 < pg->n &&
        prose_under(pg, i + 1)) {
        *who = b->text;
        return b->len;
    }
    if (b->chars > POST_LINE || b->words < 2 || b->words > 12 || b->ends_sentence ||
        b->link_density > 0.9 || !b->digits || (b->flags & (F_NAV | F_ASIDE | F_FOOTER)))
        return 0;
    /* (an embedded post's credit, "— Ann Lee (@annlee) November 18, 2019",
     * is the article's: its embeds sign alike too) */
    if (strstr(b->text, "(@") || !strncmp(b->text, "\xE2\x80\x94", 3) || b->text[0] == '-')
        return 0;
    /* (nor is an entry's under its linked title, in a list of entries) */
    const Block *up = i > 0 ? &pg->blocks[i - 1] : NULL;
    if (up && up->kind == KIND_HEADING && up->link_density >= 0.5)
        return 0;
    if (!(cls_holds_clock(b->text, b->len) || date_iso(b->text, day, sizeof day)))
        return 0;
    /* (past a post's number: "1. Ann Lee - 29 August, 2011") */
    size_t from = strspn(b->text, "0123456789.#) ");
    size_t name = strcspn(b->text + from, "0123456789");
    size_t under = i + 1;
    *who = b->text + from;
    if (!names_someone(*who, name) && !(name = name_after_time(b, who))) {
        if (i + 1 >= pg->n || !says_line(&pg->blocks[i + 1]))
            return 0;
        *who = pg->blocks[i + 1].text;
        name = pg->blocks[i + 1].len;
        under = i + 2;
    }
    return prose_under(pg, under) ? name : 0;
}

/* ... and POST_RUN such headers or more follow one another, each within
 * POST_GAP blocks of the one before, under two names or more: the posts
 * of a thread (a live blog's entries give times alone, a blog's archive
 * one author's name). */
#define POST_RUN 3
#define POST_GAP 12
static bool thread_of_posts(const Page *pg, size_t i, size_t last)
{
    const char *who = NULL, *other = NULL;
    size_t name = post_header(pg, i, &who), run = 1;
    if (!name)
        return false;
    bool two = false;
    for (size_t k = i + 1, at = i; k <= last && k <= at + POST_GAP && run < POST_RUN + 2; k++) {
        size_t nk = post_header(pg, k, &other);
        if (!nk)
            continue;
        run++;
        two |= nk != name || memcmp(other, who, name) != 0;
        at = k;
    }
    return run >= POST_RUN && two;
}

/* Mark the headers of the thread of posts that starts at block i as
 * readers' comments' (F_COMMENT). */
static void mark_posts(Page *pg, size_t i)
{
    const char *who = NULL;
    for (size_t k = i, at = i; k < pg->n && k <= at + POST_GAP; k++)
        if (post_header(pg, k, &who)) {
            pg->blocks[k].flags |= F_COMMENT;
            at = k;
        }
}

/* HTML: readers' posts after the article's prose, whatever the markup
 * calls them, end it (and a short heading right over the first, "Comments
 * »", goes with them); their headers are marked as comments'. */
void cls_cut_at_posts(Page *pg, Region *r)
{
    size_t prose = 0;
    for (size_t i = r->first; i <= r->last; i++) {
        if (prose >= 2 && thread_of_posts(pg, i, r->last)) {
            mark_posts(pg, i);
            size_t cut = i;
            const Block *h = &pg->blocks[i - 1];
            if (i - 1 > r->first && h->chars <= 50 && !h->ends_sentence && h->score <= 0)
                cut = i - 1;
            r->last = cut - 1;
            return;
        }
        prose += pg->blocks[i].score > SPAN_PROSE;
    }
}

void cls_mark_forum_posts(Page *pg)
{
    const char *who = NULL;
    for (size_t i = 0; i < pg->n; i++)
        if (pg->nodes[pg->blocks[i].node].in_posts && post_header(pg, i, &who))
            pg->blocks[i].flags |= F_COMMENT;
}

/* Does block b stand in a <blockquote> (its own, or its paragraph's)? */
static bool quoted(const Page *pg, const Block *b)
{
    int nd = b->node, up = nd >= 0 ? pg->nodes[nd].parent : -1;
    return b->kind == KIND_QUOTE || (nd >= 0 && pg->nodes[nd].form == NODE_QUOTE) ||
           (up >= 0 && pg->nodes[up].form == NODE_QUOTE);
}

/* HTML: a quotation right after the article's last paragraph, in the
 * element that holds that paragraph, and under two short lines at most
 * (a credit, "Transcript"), is the article's: a letter or a memo quoted
 * whole, a poem, in short lines of a <blockquote> that read like no
 * prose. */
#define QUOTE_LABEL 80
#define QUOTE_MIN 100
void cls_take_quote(Page *pg, Region *r)
{
    if (r->last + 1 >= pg->n)
        return;
    int up = pg->nodes[pg->blocks[r->last].node].parent;
    size_t i = r->last + 1;
    for (int k = 0; k < 2 && i < pg->n; k++, i++) {
        const Block *label = &pg->blocks[i];
        if (quoted(pg, label) || label->chars > QUOTE_LABEL ||
            label->link_density > 0.5 || (label->flags & (F_NOTICE | F_LISTHEAD)))
            break;
    }
    size_t chars = 0, e = i;
    for (; e < pg->n; e++) {
        const Block *b = &pg->blocks[e];
        if (!quoted(pg, b) || up < 0 || !inside(pg, b->node, up) ||
            b->link_density > 0.2 || (b->flags & (F_CUE | F_NOTICE | F_NAV | F_ASIDE | F_FOOTER)))
            break;
        chars += b->chars;
    }
    if (e > i && chars >= QUOTE_MIN)
        r->last = e - 1;
}

/* HTML: a list that the article's last paragraph introduces with a colon
 * ("... on these devices:" over "• Amazon Kindle", "• Sony Reader"), or a
 * short label right after it does ("Ingredients:"), in
 * the element that holds that paragraph, is the article's, however
 * little its items read like prose; and so is a paragraph right after
 * the list that goes on with the article. */
void cls_take_list(Page *pg, Region *r)
{
    const Block *intro = &pg->blocks[r->last];
    int up = pg->nodes[intro->node].parent;
    /* (or a label of its own right after it, in its element: "Ingredients
     * for one pie:" over "1 large egg") */
    size_t at = r->last;
    if (!colon_end(intro) && at + 1 < pg->n && up >= 0) {
        const Block *l = &pg->blocks[at + 1];
        if (colon_end(l) && l->chars <= LIST_LABEL && l->link_density < 0.5 &&
            inside(pg, l->node, up) && !(l->flags & (F_CUE | F_NAV | F_LISTHEAD | F_REPEAT)) &&
            l->kind != KIND_HEADING)
            intro = l, at++;
    }
    if (!colon_end(intro) || (at == r->last && intro->score <= 0) || up < 0)
        return;
    size_t e = at + 1;
    for (; e < pg->n && e - at <= LIST_ITEMS; e++) {
        const Block *b = &pg->blocks[e];
        if (b->chars > LIST_ITEM || b->ends_sentence || b->link_density > 0.5 ||
            !inside(pg, b->node, up) || (b->flags & (F_CUE | F_REPEAT | F_LISTHEAD | F_NAV)))
            break;
    }
    if (e - at < 2)
        return;
    const Block *after = e < pg->n ? &pg->blocks[e] : NULL;
    bool goes_on = after && after->score > 0 && after->ends_sentence && inside(pg, after->node, up);
    r->last = goes_on ? e : e - 1;
}

/* A paragraph right over the run, in an element that holds the run's
 * first block (a quote's too), that ends with a colon
 * introduces what the run says ("... said something truly implausible:"
 * over the quote): it is the article's, however little it reads like
 * prose (a link or two, no full stop). */
void cls_take_intro(Page *pg, Region *r)
{
    while (r->first > 0) {
        const Block *b = &pg->blocks[r->first - 1], *next = &pg->blocks[r->first];
        if (b->kind == KIND_HEADING || b->kind == KIND_LI || b->chars < INTRO_CHARS ||
            b->link_density >= 0.5 || !colon_end(b) ||
            (b->flags & (F_CUE | F_NAV | F_ASIDE | F_FOOTER | F_LISTHEAD | F_TITLE | F_BYLINE)) ||
            !inside(pg, next->node, pg->nodes[b->node].parent))
            return;
        r->first--;
    }
}

/* A paragraph right over the run, in the element of its first block,
 * that ends a sentence and stands right under the article's header (its
 * headline, byline or date line) is its opening line, however short and
 * weak ("Remember the state's epic quest to find a slogan?"). */
#define OPENING_CHARS 20
void cls_take_opening(Page *pg, Region *r)
{
    if (r->first < 2)
        return;
    const Block *b = &pg->blocks[r->first - 1], *next = &pg->blocks[r->first],
                *over = &pg->blocks[r->first - 2];
    if (b->kind != KIND_P || b->chars < OPENING_CHARS || !b->ends_sentence ||
        b->link_density >= 0.5 || (b->flags & (F_CUE | F_NAV | F_ASIDE | F_FOOTER | F_REPEAT)) ||
        pg->nodes[b->node].parent != pg->nodes[next->node].parent ||
        !((over->flags & (F_TITLE | F_BYLINE | F_TIME)) || over->heading == 1))
        return;
    r->first--;
}

/* A short sentence right after the run's last paragraph, in its element,
 * with no link, that is no notice, byline, date or list's heading, is the
 * article's sign-off ("See you there!", "Enjoy!"). */
#define CLOSING_CHARS 80
void cls_take_closing(Page *pg, Region *r)
{
    if (r->last + 1 >= pg->n)
        return;
    const Block *last = &pg->blocks[r->last], *b = &pg->blocks[r->last + 1];
    if (last->score <= 0 || !b->ends_sentence || b->chars > CLOSING_CHARS || b->words < 2 ||
        !b->stopwords || b->link_chars || b->kind == KIND_HEADING || b->kind == KIND_LI ||
        (b->flags & (F_CUE | F_NAV | F_ASIDE | F_FOOTER | F_REPEAT | F_BYLINE | F_TIME |
                     F_LISTHEAD | F_THREAD | F_COMMENT)) ||
        pg->nodes[b->node].parent != pg->nodes[last->node].parent)
        return;
    r->last++;
}

/* The <article> element that holds node, or -1. */
static int article_of(const Page *pg, int node)
{
    for (; node >= 0; node = pg->nodes[node].parent)
        if (pg->nodes[node].article)
            return node;
    return -1;
}

/* HTML: a page that runs on into the next story (an endless scroll, a
 * "next article") holds it in an <article> of its own, with its own
 * headline (h1 or h2) and prose: the article ends where that one starts.
 * A subhead inside the article, or an <article> nested in it, does not. */
void cls_cut_at_next_article(Page *pg, Region *r)
{
    int own = -1;
    for (size_t i = r->first; i <= r->last && own < 0; i++)
        if (pg->blocks[i].score > SPAN_PROSE)
            own = article_of(pg, pg->blocks[i].node);
    if (own < 0)
        return;
    size_t told = 0; /* prose blocks of the article so far */
    for (size_t i = r->first; i <= r->last; i++) {
        const Block *b = &pg->blocks[i];
        if (b->score > SPAN_PROSE && inside(pg, b->node, own))
            told++;
        /* (an article told in a few paragraphs: its lead alone, in an
         * <article> of its own over the body's, is not one) */
        if (b->kind != KIND_HEADING || b->heading > 2 || (b->flags & F_TITLE) || told < TOLD)
            continue;
        int other = article_of(pg, b->node);
        if (other < 0 || inside(pg, other, own) || inside(pg, own, other))
            continue;
        /* (an element's blocks stand together: the search ends with it) */
        bool prose = false;
        for (size_t k = i + 1; k <= r->last && !prose && inside(pg, pg->blocks[k].node, other); k++)
            prose = pg->blocks[k].score > SPAN_PROSE;
        if (!prose)
            continue;
        size_t s = i;
        while (s > r->first && inside(pg, pg->blocks[s - 1].node, other))
            s--;
        if (s <= r->first)
            return;
        r->last = s - 1;
        /* and what stands between the two ("Next article") goes too */
        while (r->last > r->first && pg->blocks[r->last].score <= SPAN_PROSE &&
               !inside(pg, pg->blocks[r->last].node, own))
            r->last--;
        return;
    }
}

/* A notice, or a cue in a line too short to be the post's own ("Click
 * here"): a post of sentences may say it ("... in Stock via Amazon (Click
 * here). Only two are left."), and so may a post of one long sentence
 * ("Whenever you have time, ... visit the shrine in Montichiari. To find
 * more, please CLICK HERE"). */
static bool post_cue(const Block *b)
{
    return (b->flags & F_NOTICE) ||
           ((b->flags & F_CUE) && ((b->sentences < 2 && b->chars < CUE_PROSE) || b->chars < 100));
}

/* A short post (a picture, a video and a line or two) has less prose than
 * a box of the page's (the blog's "About me", its description, a licence
 * note at the end): when what was taken is short and stands wholly before
 * the headline, or starts far after it (one paragraph alone, or in a box
 * the markup names), the lines right under the headline are the post. */
void cls_post_under_title(Page *pg)
{
    long title = title_heading(pg), first = -1, last = -1;
    size_t chars = 0;
    int hint = INT_MIN; /* (the markup's word for what was taken: a post's class says it is one) */
    for (size_t i = 0; i < pg->n; i++)
        if (pg->blocks[i].label == LABEL_CONTENT) {
            first = first < 0 ? (long)i : first;
            last = (long)i;
            chars += pg->blocks[i].chars;
            int h = page_block_hint(pg, &pg->blocks[i]);
            hint = h > hint ? h : hint;
        }
    /* (taken before the headline, or far after it: a box at the end) */
    /* (and no class of the markup says it is the post; far after the
     * headline, one says it is a box, or it is one paragraph alone) */
    bool before = last < title && hint <= 1,
         after = first > title + LEAD_NEAR && (hint < 0 || (hint == 0 && first == last));
    /* (or nothing was taken, and readers' posts follow the post) */
    bool none = last < 0 && cls_thread_start(pg) < pg->n;
    if (title < 0 || (last < 0 && !none) || !(before || after || none) || chars >= SHORT_BODY)
        return;
    /* the post: up to the next heading, a list's or the comments' */
    long end = title;
    bool sentence = false;
    for (long i = title + 1; i < (long)pg->n && i <= title + POST_NEAR; i++) {
        const Block *b = &pg->blocks[i];
        /* (a link to the comments, "1 Comment", is passed over) */
        if ((b->flags & F_LISTHEAD) && b->link_density >= 0.9 && b->kind != KIND_HEADING)
            continue;
        if (b->kind == KIND_HEADING ||
            (b->flags & (F_LISTHEAD | F_COMMENT | F_NAV | F_ASIDE | F_FOOTER)))
            break;
        if (b->link_density <= 0.5 && b->chars >= 20 &&
            (b->sentences >= 1 || b->chars >= CUE_PROSE) && !post_cue(b))
            end = i, sentence = true;
    }
    if (!sentence)
        return;
    for (size_t i = 0; i < pg->n; i++)
        if (pg->blocks[i].label == LABEL_CONTENT)
            pg->blocks[i].label = LABEL_BOILER;
    for (long i = title + 1; i <= end; i++) {
        Block *b = &pg->blocks[i];
        if (b->chars >= 3 && !post_cue(b) && !(b->flags & (F_BYLINE | F_TIME)) &&
            b->link_density < 1.0)
            b->label = LABEL_CONTENT;
    }
}

/* The lead (standfirst) often sits between the headline and the body, in
 * a container of its own: prose there belongs to the article; not where
 * the body opens with a dateline, as an article starts (what stands over
 * it is a gallery's captions). */
void cls_take_lead(Page *pg)
{
    long title = -1, first = -1;
    for (size_t i = 0; i < pg->n && title < 0; i++)
        if ((pg->blocks[i].flags & F_TITLE) && pg->blocks[i].kind == KIND_HEADING)
            title = (long)i;
    for (size_t i = 0; i < pg->n && first < 0; i++)
        if (pg->blocks[i].label == LABEL_CONTENT)
            first = (long)i;
    /* (else the h1 nearest above the body, where the metadata gives
     * another title than the page shows) */
    for (long i = first - 1; title < 0 && i >= 0 && first - i <= LEAD_NEAR; i--)
        if (pg->blocks[i].heading == 1 && pg->blocks[i].chars >= 10 &&
            pg->blocks[i].link_density < 0.5)
            title = i;
    /* (else the nearest line above it that says the title, in a cell or a
     * link to the article itself, as old pages print it) */
    for (long i = first - 1; title < 0 && i >= 0 && first - i <= LEAD_NEAR; i--)
        if ((pg->blocks[i].flags & F_TITLE) &&
            !(pg->blocks[i].flags & (F_NAV | F_ASIDE | F_FOOTER)))
            title = i;
    if (title < 0 || first <= title || first - title > LEAD_NEAR ||
        cls_opens_with_dateline(&pg->blocks[first], true))
        return;
    for (long i = title + 1; i < first; i++) {
        Block *b = &pg->blocks[i];
        if (b->score >= LEAD_PROSE && b->link_density < 0.3 && b->chars >= 60 &&
            !(b->flags & (F_NAV | F_FOOTER | F_ASIDE | F_CUE | F_BYLINE)))
            b->label = LABEL_CONTENT;
    }
}

/* The table row a cell's block is in, or -1. */
static int row_of(const Page *pg, const Block *b)
{
    if (b->kind != KIND_CELL)
        return -1;
    for (int nd = b->node; nd >= 0; nd = pg->nodes[nd].parent)
        if (pg->nodes[nd].row)
            return nd;
    return -1;
}

#define ROW_REACH 256

/* Is the row of block i a page's layout, not a table's data: does a cell
 * of it hold paragraphs (two blocks or more), and the row a story's (a
 * paragraph of two sentences or more)?  An old page sets its menu, its story
 * and its "Related stories" side by side in one row. */
static bool layout_row(const Page *pg, size_t i, int row)
{
    size_t from = i, to = i; /* (a few hundred blocks either way will do) */
    while (from > 0 && i - from < ROW_REACH && row_of(pg, &pg->blocks[from - 1]) == row)
        from--;
    while (to + 1 < pg->n && to - i < ROW_REACH && row_of(pg, &pg->blocks[to + 1]) == row)
        to++;
    bool paragraphs = false, story = false;
    for (size_t k = from; k <= to; k++) {
        paragraphs |= k < to && pg->blocks[k].node == pg->blocks[k + 1].node;
        story |= pg->blocks[k].sentences >= 2;
    }
    return paragraphs && story;
}

/* A short row of links parted by separators ("Previous story | Next
 * story", "Home · Top"): a page's buttons, not the article's. */
static bool link_row(const Block *b)
{
    return b->link_density >= 0.85 && b->chars <= 120 &&
           (strstr(b->text, " | ") || strstr(b->text, " \xC2\xB7 ") || strstr(b->text, " \xE2\x80\xA2 "));
}

/* The cell of row that holds block b: its node under the row. */
static int cell_of(const Page *pg, const Block *b, int row)
{
    int nd = b->node;
    while (nd >= 0 && pg->nodes[nd].parent != row)
        nd = pg->nodes[nd].parent;
    return nd;
}

/* A table in the article is data: a cell that is a link ("Repeat
 * Performance" beside "1947" and what the film is about) is the article's
 * when its row has text that is.  In a row of the page's layout, only
 * text that shares a cell with the article's is, and no row of links. */
void cls_join_rows(Page *pg, const Region *r)
{
    int seen_row = -1;
    bool layout = false;
    for (size_t i = r->first; i <= r->last && i < pg->n; i++) {
        Block *b = &pg->blocks[i];
        int row = row_of(pg, b);
        if (row < 0 || b->label == LABEL_CONTENT || !in_region(pg, r, b) ||
            (b->flags & (F_NAV | F_FOOTER | F_ASIDE | F_CUE)))
            continue;
        if (row != seen_row) { /* (a row's blocks come together: weighed once) */
            seen_row = row;
            layout = layout_row(pg, i, row);
        }
        int cell = layout ? cell_of(pg, b, row) : -1;
        /* (a layout cell holds the page's column: its row of links under
         * the story, "Previous story | Next story", is not the story's) */
        if (layout && link_row(b))
            continue;
        bool kept = false;
        for (size_t k = i; !kept && k > r->first && row_of(pg, &pg->blocks[k - 1]) == row; k--)
            kept = pg->blocks[k - 1].label == LABEL_CONTENT &&
                   (cell < 0 || cell_of(pg, &pg->blocks[k - 1], row) == cell);
        for (size_t k = i + 1; !kept && k <= r->last && k < pg->n && row_of(pg, &pg->blocks[k]) == row; k++)
            kept = pg->blocks[k].label == LABEL_CONTENT &&
                   (cell < 0 || cell_of(pg, &pg->blocks[k], row) == cell);
        if (kept)
            b->label = LABEL_CONTENT;
    }
}

/* HTML: the container is the article, from its first prose block to its
 * last, whatever runs between (lists, short lines, subheads); and it ends
 * where its own children end. */
void cls_span_container(Page *pg, Region *r)
{
    size_t lo = pg->n, hi = 0;
    for (size_t i = 0; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        if (b->score > SPAN_PROSE && inside(pg, b->node, r->root) &&
            !under_boiler(pg, b, r->root)) {
            if (i < lo)
                lo = i;
            hi = i;
        }
    }
    if (lo <= hi && lo < r->first)
        r->first = lo;
    if (lo <= hi && hi > r->last)
        r->last = hi;
    /* the article ends where its container's own children end: short
     * lines after the last paragraph, and the items of a list there
     * that are not links, are part of it (what is boilerplate among
     * them goes below, block by block) */
    int parent = pg->nodes[pg->blocks[r->last].node].parent;
    /* (a table cell's paragraphs end with the cell: the next cell of an
     * old page's layout row is its "Related stories") */
    int cell = pg->blocks[r->last].kind == KIND_CELL ? pg->blocks[r->last].node : -1;
    for (size_t i = r->last + 1; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        int up = pg->nodes[b->node].parent;
        bool item = b->kind == KIND_LI && up >= 0 && pg->nodes[up].parent == parent &&
                    b->link_density < LIST_LINKS;
        if ((up == parent || item) && b->kind != KIND_DIV && (cell < 0 || b->node == cell) &&
            inside(pg, b->node, r->root) &&
            !under_boiler(pg, b, r->root))
            r->last = i;
    }
    /* and it starts where its own sentences start: a paragraph right
     * before the first, beside it in the container, that is a sentence
     * with a few links in it ("Today we launched <a>something</a> ...") */
    parent = pg->nodes[pg->blocks[r->first].node].parent;
    while (r->first > 0) {
        const Block *b = &pg->blocks[r->first - 1];
        if (pg->nodes[b->node].parent != parent || b->kind != KIND_P || !b->ends_sentence ||
            b->sentences < 1 || b->chars < LEAD_SENTENCE || b->link_density > LINK_PROSE ||
            under_boiler(pg, b, r->root) || !inside(pg, b->node, r->root))
            break;
        r->first--;
    }
}
