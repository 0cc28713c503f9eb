/* classify: which blocks are the article's body. */
#include "classify.h"
#include "words.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dateline.h"
#include "text.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

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
/* HTML: the body spans the root from its first to its last block scoring
 * over SPAN_PROSE; inside it, any block is kept that is not boilerplate by
 * markup, cue or links (a prose paragraph may be up to LINK_PROSE links). */
#define SPAN_PROSE 1.0
/* prose blocks an article has told before the next story can start */
#define TOLD 3
#define LINK_PROSE 0.8
/* HTML: a list right after the article's last paragraph is the article's
 * when its items are less than this share links */
#define LIST_LINKS 0.3
/* A section that continues the article: a container scoring SECTION_SHARE
 * of the root or more, whose prose starts within SECTION_NEAR blocks of the
 * body's end. */
#define SECTION_SHARE 0.3
#define SECTION_NEAR 20
/* The lead between the headline and the body: within LEAD_NEAR blocks
 * after the headline, a block scoring LEAD_PROSE or more is taken. */
#define LEAD_NEAR 12
#define LEAD_PROSE 1.5
/* Raw text has no markup to say what is boilerplate: inside the run, a
 * line scoring under TEXT_FLOOR is left out. */
#define TEXT_FLOOR (-1.6)
/* but for the items of a list the article introduces with a colon: up to
 * LIST_ITEMS lines of up to LIST_ITEM characters */
#define LIST_ITEMS 30
#define LIST_ITEM 100
/* A block with a cue goes when it is shorter than this: a notice, not a
 * paragraph that mentions one. */
#define CUE_SHORT 300
/* Raw text: paragraphs parsed at most for a dateline that starts the article */
#define DATELINE_TRIES 500

/* Is the page's language one whose stopwords we know?  Then stopword
 * density is a signal; otherwise it is left out. */
static bool stopwords_usable(const Page *pg)
{
    size_t words = 0, stops = 0;
    for (size_t i = 0; i < pg->n; i++) {
        words += pg->blocks[i].words;
        stops += pg->blocks[i].stopwords;
    }
    return words >= 30 && stops * 100 >= words * 8;
}

/* How much a block looks like article prose, about -2 .. +2. */
static double block_score(const Block *b, bool use_stops)
{
    double g = 0.0;
    size_t c = b->chars;
    if (c < 20)
        g -= 1.0;
    else if (c < 40)
        g -= 0.6;
    else if (c < 60)
        g -= 0.3;
    else if (c < 80)
        g += 0.0;
    else if (c < 120)
        g += 0.3;
    else if (c < 200)
        g += 0.6;
    else
        g += 1.0;
    if (b->ends_sentence)
        g += 0.5;
    else if (b->kind != KIND_HEADING)
        g -= c < 150 ? 0.8 : 0.2;
    /* Title Case lines are headlines and links, not prose */
    if (b->words >= 4 && b->upper_words * 10 > b->words * 6)
        g -= 0.8;
    if (use_stops && b->words >= 4) {
        double sd = (double)b->stopwords / (double)b->words;
        double d = (sd - 0.18) * 4.0;
        g += d < -1.0 ? -1.0 : d > 0.8 ? 0.8 : d;
    }
    if (b->commas >= 2)
        g += 0.2;
    g -= b->link_density * 2.5;
    if (b->kind == KIND_LI || (b->flags & F_BULLET))
        g -= 0.3;
    if (b->flags & (F_NAV | F_FOOTER | F_ASIDE))
        g -= 1.5;
    if (b->flags & F_HEADER)
        g -= 0.5;
    if (b->flags & (F_BYLINE | F_TIME))
        g -= 0.5;
    if (b->flags & F_CUE)
        g -= CUE_PENALTY;
    if (b->flags & F_NOTICE)
        g -= CUE_PENALTY; /* twice: a notice however long (a cookie banner) */
    if (b->flags & F_LDBODY)
        g += LDBODY_BONUS; /* the page's own JSON-LD says this is the body */
    return g;
}

/* Weight of a block in a sum: good text counts by its length. */
static double weight(const Block *b)
{
    double c = (double)(b->chars < 30 ? 30 : b->chars);
    if (b->score > 0)
        return b->score * c;
    return b->score * c * 0.6;
}

/* Does a boilerplate container stand between block b and root? */
static bool under_boiler(const Page *pg, const Block *b, int root)
{
    for (int nd = b->node; nd > 0 && nd != root; nd = pg->nodes[nd].parent)
        if (pg->nodes[nd].hint < 0)
            return true;
    return false;
}

static bool inside(const Page *pg, int node, int root)
{
    for (int nd = node; nd >= 0; nd = pg->nodes[nd].parent)
        if (nd == root)
            return true;
    return false;
}

/* The root, or the section, that holds node; -1 when none does. */
static int region_root(const Page *pg, const Region *r, int node)
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

/* Is block b in the article's containers, and not under boilerplate? */
static bool in_region(const Page *pg, const Region *r, const Block *b)
{
    int root = region_root(pg, r, b->node);
    return root >= 0 && !under_boiler(pg, b, root);
}

/* A headline, byline or date line, as an article starts with; not one in
 * a box of links (a list of stories with their dates, a "Trending" link to
 * this very article). */
static bool starts_article(const Block *b)
{
    if ((b->flags & (F_NAV | F_ASIDE | F_FOOTER)) || b->link_density > 0.5)
        return false;
    return b->heading == 1 || (b->flags & (F_BYLINE | F_TIME | F_TITLE));
}

/* The article is sometimes cut into sections by ads and teasers, each in
 * its own container: a container that scores a good share of the root,
 * whose prose starts within a few blocks after the body's end, continues
 * it; one whose prose ends within a few blocks before the body's start
 * (the first paragraphs, then an ad, then the rest) starts it.  No
 * headline, byline or date line may come between (the next article of an
 * infinite scroll), and the container holds a paragraph itself, as the
 * root does (not a list of teasers, each in its own box). */
static void add_sections(Page *pg, Region *r, bool before)
{
    double root_s = pg->nodes[r->root].score;
    if (root_s <= 0)
        return;
    while (r->n_sections < MAX_SECTIONS) {
        int found = -1;
        size_t found_edge = 0;
        for (size_t nd = 1; nd < pg->nn; nd++) {
            const Node *x = &pg->nodes[nd];
            if (x->score < SECTION_SHARE * root_s || x->hint < 0)
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
            bool own = false;
            for (size_t i = 0; i < pg->n && !own; i++) {
                const Block *b = &pg->blocks[i];
                int holder = b->kind == KIND_DIV || b->kind == KIND_OTHER ? b->node
                                                                          : pg->nodes[b->node].parent;
                own = b->score > SPAN_PROSE &&
                      (holder == (int)nd || (holder >= 0 && pg->nodes[holder].parent == (int)nd));
            }
            if (!own)
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
static void mark_teasers(Page *pg)
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
static int choose_root(Page *pg)
{
    /* Readability's locality: a paragraph scores for its container in
     * full, for the one above by half, and less further up, so that the
     * element whose own children are the paragraphs wins over a page-wide
     * wrapper or a list of teasers. */
    double *local = xcalloc(pg->nn, sizeof *local);
    double *chars = xcalloc(pg->nn, sizeof *chars);
    double *links = xcalloc(pg->nn, sizeof *links);
    for (size_t i = 0; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        for (int nd = b->node; nd >= 0; nd = pg->nodes[nd].parent) {
            chars[nd] += (double)b->chars;
            links[nd] += (double)b->link_chars;
        }
        if (b->score <= 0 || b->chars < 25)
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
    int best = 0;
    double best_s = -1e300;
    /* inside a boilerplate container (a gallery, a sidebar) counts as
     * boilerplate too (parents come before their children) */
    bool *boxed = xcalloc(pg->nn, sizeof *boxed);
    for (size_t nd = 1; nd < pg->nn; nd++) {
        int up = pg->nodes[nd].parent;
        boxed[nd] = up > 0 && (boxed[up] || pg->nodes[up].hint < 0);
    }
    for (size_t nd = 0; nd < pg->nn; nd++) {
        Node *x = &pg->nodes[nd];
        double ld = chars[nd] > 0 ? links[nd] / chars[nd] : 0.0;
        double s = local[nd] * (1.0 - ld);
        if (title >= 0 && first[nd] >= title && first[nd] - title <= TITLE_NEAR)
            s *= TITLE_BONUS;
        if (x->hint > 0)
            s *= 1.25;
        else if (x->hint < 0 || boxed[nd])
            s *= BOXED;
        x->score = s;
        if (s > best_s) {
            best_s = s;
            best = (int)nd;
        }
    }
    free(boxed);
    free(local);
    free(first);
    free(chars);
    free(links);
    /* A container whose class mixes boilerplate and content words
     * ("comment-body", "sidebar__content": hint -1) is content when its
     * text is: mostly prose, and a few paragraphs' worth. */
    double *good = xcalloc(pg->nn, sizeof *good);
    double *bad = xcalloc(pg->nn, sizeof *bad);
    sum_text(pg, good, bad, false);
    bool *rescued = xcalloc(pg->nn, sizeof *rescued);
    for (size_t nd = 0; nd < pg->nn; nd++)
        if (pg->nodes[nd].hint == -1 && good[nd] >= MIXED_GOOD && good[nd] > MIXED_RATIO * bad[nd])
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
    free(good);
    free(bad);
    return best;
}

/* HTML: a list heading ("Você pode gostar...", "Related") after the
 * article's prose, over prose that stands outside the element holding
 * the prose before it (other stories, each in an element of its own),
 * ends the article.  An inline box of links inside the article, which
 * the article's paragraphs go on after, does not. */
static void cut_at_list_heading(Page *pg, Region *r)
{
    int common = -1; /* the element that holds all the prose so far */
    size_t prose = 0;
    for (size_t i = r->first; i <= r->last; i++) {
        const Block *b = &pg->blocks[i];
        if ((b->flags & F_LISTHEAD) && b->kind == KIND_HEADING &&
            !(b->flags & (F_NAV | F_ASIDE | F_FOOTER | F_REPEAT | F_CUE)) && prose >= 1) {
            bool goes_on = false;
            for (size_t k = i + 1; k <= r->last && !goes_on; k++)
                goes_on = pg->blocks[k].score > SPAN_PROSE && inside(pg, pg->blocks[k].node, common);
            if (!goes_on) {
                r->last = i - 1;
                return;
            }
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
static void cut_at_next_article(Page *pg, Region *r)
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

/* Raw text has no containers to tell the article from teasers and
 * notices, so the run is split at gaps (GAP_BLOCKS blocks in a row that are
 * not prose; a line the page repeats does not count, and a "read also" or
 * a notice alone does not split).  Each part weighs its prose times the
 * square of its density (the share of its blocks that are prose: teaser
 * lists alternate titles and blurbs); the heaviest part is kept, with the
 * parts beside it while they weigh at least SEG_KEEP of it (SEG_KEEP_LISTED
 * after a heading like "Related" or "Mehr zum Thema"). */
typedef struct {
    size_t s, e;
    double w;
    bool listed; /* a list heading ("Related") stands before it */
} Segment;

/* A line that claims the rights: "© 2019 Example, LLC. All rights reserved." */
static bool rights_line(const Block *b)
{
    if (!(b->flags & F_CUE) || b->chars > 400)
        return false;
    for (const char *const *m = words_classify_rights_marks; *m; m++)
        if (strstr(b->text, *m))
            return true;
    return false;
}

/* Raw text: prose that goes on after a rights line, with no gap, is the
 * page's legal footer (disclaimers, trademarks), however well it reads;
 * an article that ends with its agency's rights line has none after it. */
static void mark_legal_footer(Page *pg)
{
    /* near the end of the page, said once (a credit under each photo,
     * "Copyright 2026 The AP. All rights reserved.", is no footer) */
    size_t done = 0; /* the footers marked so far end before this */
    for (size_t i = pg->n - pg->n / 5; i < pg->n; i++) {
        if (!rights_line(&pg->blocks[i]) || (pg->blocks[i].flags & F_REPEAT))
            continue;
        size_t s = i, e = i, neg = 0;
        bool after = false;
        for (size_t k = i + 1; k < pg->n && neg < GAP_BLOCKS; k++) {
            neg = pg->blocks[k].score > 0 ? 0 : neg + 1;
            if (pg->blocks[k].score > 0) {
                after = true;
                e = k;
            }
        }
        if (!after)
            continue;
        for (neg = 0; s > done && neg < GAP_BLOCKS; s--)
            neg = pg->blocks[s - 1].score > 0 ? 0 : neg + 1;
        for (size_t k = s; k <= e; k++)
            if (pg->blocks[k].score > 0)
                pg->blocks[k].score = -pg->blocks[k].score;
        done = e + 1;
        i = e; /* each block is looked at a bounded number of times */
    }
}

static void trim_run(Page *pg, Region *r, long title)
{
    Segment *seg = NULL;
    size_t ns = 0, cap = 0;
    size_t i = r->first;
    bool listed = false;
    while (i <= r->last) {
        while (i <= r->last && pg->blocks[i].score <= 0)
            listed |= (pg->blocks[i++].flags & F_LISTHEAD) != 0; /* the gap */
        if (i > r->last)
            break;
        size_t s = i, e = i, neg = 0, pos = 0, rep = 0, rep_at_e = 0;
        double w = 0;
        for (; i <= r->last; i++) {
            const Block *b = &pg->blocks[i];
            /* a list heading ("You may also like") ends the part */
            if ((b->flags & F_LISTHEAD) && i > s)
                break;
            if (b->score <= 0) {
                rep += (b->flags & F_REPEAT) != 0;
                /* a line the page repeats ("Article content",
                 * "Advertisement") is furniture between paragraphs: no gap */
                if ((b->flags & F_REPEAT) && !(b->flags & F_CUE))
                    continue;
                /* a subhead or a list item reads nearly like prose: half a gap */
                neg += b->score > -HALF_GAP ? 1 : 2;
                if (neg >= 2 * GAP_BLOCKS)
                    break;
            } else {
                rep_at_e = rep;
                neg = 0;
                e = i;
                pos++;
                /* right after the headline counts more, as in the run */
                w += weight(b) * (title >= 0 && (long)i > title && (long)i - title <= TITLE_NEAR
                                      ? TITLE_BONUS
                                      : 1.0);
            }
        }
        /* lines the page repeats between the paragraphs ("Advertisement")
         * are the page's furniture, not teasers: they do not thin it */
        size_t span = e - s + 1 - rep_at_e;
        double density = (double)pos / (double)span;
        if (ns == cap) {
            cap = cap ? cap * 2 : 16;
            seg = xrealloc(seg, cap * sizeof *seg);
        }
        seg[ns++] = (Segment){s, e, w * density * density, listed};
        listed = false;
    }
    if (ns > 1) {
        size_t core = 0;
        for (size_t k = 1; k < ns; k++)
            if (seg[k].w > seg[core].w)
                core = k;
        size_t lo = core, hi = core;
        /* towards the headline, light parts (subheads, short list items,
         * a document's page breaks) do not cut the article off from a
         * part that weighs enough beyond them, up to the headline; after
         * the article, they do (the readers' comments, the teasers) */
        for (size_t k = lo; k-- > 0;) {
            if (seg[k].w < SEG_KEEP * seg[core].w)
                continue;
            if (k + 1 < lo && title >= 0 && (long)seg[k].s <= title)
                break;
            lo = k;
        }
        /* after a "Related" heading, only a part that weighs like the
         * article goes on with it (the article resumes after a box) */
        while (hi + 1 < ns &&
               seg[hi + 1].w >= (seg[hi + 1].listed ? SEG_KEEP_LISTED : SEG_KEEP) * seg[core].w)
            hi++;
        r->first = seg[lo].s;
        r->last = seg[hi].e;
    }
    free(seg);
}

/* Raw text: a run that starts with notices (a cookie banner long enough to
 * pass for prose) over the headline starts after the headline. */
static void after_notices(const Page *pg, Region *r, long title)
{
    if (title < 0 || (long)r->first >= title || title >= (long)r->last)
        return;
    for (size_t i = r->first; (long)i < title; i++)
        if (pg->blocks[i].score > 0 && !(pg->blocks[i].flags & F_CUE))
            return;
    r->first = (size_t)title + 1;
}

/* The lead (standfirst) often sits between the headline and the body, in
 * a container of its own: prose there belongs to the article. */
static void take_lead(Page *pg)
{
    long title = -1, first = -1;
    for (size_t i = 0; i < pg->n && title < 0; i++)
        if ((pg->blocks[i].flags & F_TITLE) && pg->blocks[i].kind == KIND_HEADING)
            title = (long)i;
    for (size_t i = 0; i < pg->n && first < 0; i++)
        if (pg->blocks[i].label == LABEL_CONTENT)
            first = (long)i;
    if (title < 0 || first <= title || first - title > LEAD_NEAR)
        return;
    for (long i = title + 1; i < first; i++) {
        Block *b = &pg->blocks[i];
        if (b->score >= LEAD_PROSE && b->link_density < 0.3 && b->chars >= 60 &&
            !(b->flags & (F_NAV | F_FOOTER | F_ASIDE | F_CUE | F_BYLINE)))
            b->label = LABEL_CONTENT;
    }
}

/* A dateline's separator or agency (a dash, a colon, a parenthesis, a
 * slash; a full stop early on) in the first 80 bytes: a cheap test before
 * the parse. */
static bool dateline_mark(const Block *b)
{
    size_t n = b->len < 80 ? b->len : 80;
#ifdef __SSE2__
    /* sixteen bytes at a time (a block's text is readable TEXT_PAD past
     * its end), the bytes past n masked off */
    _Static_assert(TEXT_PAD >= 16, "a block's text is read 16 bytes at a time");
    for (size_t k = 0; k < n; k += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(b->text + k));
        __m128i hit = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')), _mm_cmpeq_epi8(v, _mm_set1_epi8(':'))),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('(')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('/'))),
                         _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2))));
        unsigned mask = (unsigned)_mm_movemask_epi8(hit);
        if (k < 25) /* "Berlin." */
            mask |= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('.'))) &
                    ((1u << (25 - k < 16 ? 25 - k : 16)) - 1);
        if (n - k < 16)
            mask &= (1u << (n - k)) - 1;
        if (mask)
            return true;
    }
#else
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)b->text[k];
        if (c == '-' || c == ':' || c == '(' || c == '/' || c == 0xE2 || /* 0xE2: — – */
            (c == '.' && k < 25))                                         /* "Berlin." */
            return true;
    }
#endif
    return false;
}

/* Raw text: a paragraph that opens with a dateline ("ST. JOSEPH, Mich.
 * (AP) —") after a line that is not prose (a date, a credit) is where the
 * article starts, when the run holds one such: what comes before it is
 * teasers, captions and standfirsts. */
static void start_at_dateline(const Page *pg, Region *r)
{
    size_t opening = 0, openings = 0, tried = 0;
    for (size_t i = r->first; i <= r->last && openings < 2 && tried < DATELINE_TRIES; i++) {
        const Block *b = &pg->blocks[i];
        if (b->score <= 0 || (i > r->first && b[-1].score > 0) || !dateline_mark(b))
            continue;
        tried++;
        Dateline d;
        if (dateline_find(b->text, b->len, &d)) {
            if (d.start == 0) {
                openings++;
                opening = i;
            }
            dateline_free(&d);
        }
    }
    if (openings == 1 && opening > r->first)
        r->first = opening;
}

/* The note on the author under an article ("Meg James is a media reporter
 * for the Los Angeles Times."), or on the company under a press release
 * ("Ascom is a global solutions provider ..."): a name, "is a" (or "is
 * the"), and a reporter's trade or a provider before the sentence ends. */
static bool author_note(const Block *b)
{
    int32_t c = 0;
    if (b->chars > 800 || b->len < 20 || (utf8_decode(b->text, b->len, 0, &c), !cp_upper(c)))
        return false;
    /* its start, ASCII letters lower-cased (the words looked for are ASCII) */
    char low[201];
    size_t n = b->len < 200 ? b->len : 200;
    for (size_t k = 0; k < n; k++)
        low[k] = (char)(b->text[k] >= 'A' && b->text[k] <= 'Z' ? b->text[k] + 32 : b->text[k]);
    low[n] = '\0';
    bool found = false;
    for (const char *const *l = words_classify_author_links; *l && !found; l++) {
        const char *at = strstr(low, *l);
        if (!at || at - low > 60)
            continue;
        const char *end = strchr(at, '.');
        for (const char *const *t = words_classify_author_trades; *t && !found; t++) {
            const char *w = strstr(at, *t);
            found = w && (!end || w < end);
        }
    }
    return found;
}

/* An author's (or a company's) note among the last two paragraphs ends
 * the article: what follows it is the page's. */
static void drop_author_note(Page *pg, const Region *r)
{
    size_t content = 0, seen = 0;
    for (size_t i = r->first; i <= r->last && i < pg->n; i++)
        content += pg->blocks[i].label == LABEL_CONTENT;
    for (size_t i = r->last + 1; i-- > r->first && seen < 2;) {
        Block *b = &pg->blocks[i];
        if (b->label != LABEL_CONTENT)
            continue;
        seen++;
        /* and two paragraphs of the article stay before it (a profile
         * page that is the note is left whole) */
        if (content - seen >= 2 && author_note(b)) {
            for (size_t k = i; k <= r->last; k++)
                pg->blocks[k].label = LABEL_BOILER;
            return;
        }
    }
}

/* Raw text: a short line in a list that a paragraph of the article
 * introduces ("Zutaten für 40 Stück:" over "200 g Zucker") is the
 * article's, however little it reads like prose. */
static bool introduced_item(const Page *pg, const Region *r, size_t i)
{
    const Block *b = &pg->blocks[i];
    if (b->chars > LIST_ITEM || (b->flags & (F_CUE | F_REPEAT | F_LISTHEAD)))
        return false;
    /* and prose of the article follows the list */
    bool goes_on = false;
    for (size_t k = i + 1; k <= r->last && k - i <= LIST_ITEMS && !goes_on; k++)
        goes_on = pg->blocks[k].score > 0;
    for (size_t k = i; goes_on && k-- > r->first && i - k <= LIST_ITEMS;) {
        const Block *p = &pg->blocks[k];
        if (p->label == LABEL_CONTENT && p->text[p->len - 1] == ':')
            return true;
        if (p->chars > LIST_ITEM || p->ends_sentence || (p->flags & (F_CUE | F_REPEAT | F_LISTHEAD)))
            return false;
    }
    return false;
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

/* A table in the article is data: a cell that is a link ("Repeat
 * Performance" beside "1947" and what the film is about) is the article's
 * when its row has text that is. */
static void join_rows(Page *pg, const Region *r)
{
    for (size_t i = r->first; i <= r->last && i < pg->n; i++) {
        Block *b = &pg->blocks[i];
        int row = row_of(pg, b);
        if (row < 0 || b->label == LABEL_CONTENT || !in_region(pg, r, b) ||
            (b->flags & (F_NAV | F_FOOTER | F_ASIDE | F_CUE)))
            continue;
        bool kept = false;
        for (size_t k = i; !kept && k > r->first && row_of(pg, &pg->blocks[k - 1]) == row; k--)
            kept = pg->blocks[k - 1].label == LABEL_CONTENT;
        for (size_t k = i + 1; !kept && k <= r->last && k < pg->n && row_of(pg, &pg->blocks[k]) == row; k++)
            kept = pg->blocks[k].label == LABEL_CONTENT;
        if (kept)
            b->label = LABEL_CONTENT;
    }
}

static bool same_text(const Block *a, const Block *b)
{
    return a->len == b->len && memcmp(a->text, b->text, a->len) == 0;
}

/* HTML: the container is the article, from its first prose block to its
 * last, whatever runs between (lists, short lines, subheads); and it ends
 * where its own children end. */
static void span_container(Page *pg, Region *r)
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
    for (size_t i = r->last + 1; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        int up = pg->nodes[b->node].parent;
        bool item = b->kind == KIND_LI && up >= 0 && pg->nodes[up].parent == parent &&
                    b->link_density < LIST_LINKS;
        if ((up == parent || item) && b->kind != KIND_DIV &&
            inside(pg, b->node, r->root) &&
            !under_boiler(pg, b, r->root))
            r->last = i;
    }
}

/* Label the region's blocks content, but for what markup, links, notices
 * and (raw text) weak or doubled lines say is not. */
static void label_region(Page *pg, const Region *r, bool furniture)
{
    for (size_t i = r->first; i <= r->last; i++) {
        Block *b = &pg->blocks[i];
        if (!in_region(pg, r, b))
            continue;
        /* links: a list of them is not text, a sentence with a few is */
        bool prose = b->ends_sentence && b->chars >= 80 && b->sentences >= 1;
        if (b->link_density > (prose ? LINK_PROSE : 0.5) && b->chars > 0)
            continue;
        if (b->flags & (F_NAV | F_FOOTER | F_ASIDE))
            continue;
        /* a notice ("This site uses cookies...") goes; a paragraph that
         * only mentions "click here" stays */
        if ((b->flags & F_CUE) && (b->chars < CUE_SHORT || (b->flags & F_NOTICE)))
            continue;
        if (pg->input == INPUT_TEXT && b->score < TEXT_FLOOR && !introduced_item(pg, r, i))
            continue;
        /* raw text: a line twice in a row is a caption (a gallery shows
         * it under each picture), not a paragraph */
        if (furniture && (b->flags & F_REPEAT) &&
            ((i > 0 && same_text(b, b - 1)) || (i + 1 < pg->n && same_text(b, b + 1))))
            continue;
        b->label = LABEL_CONTENT;
    }
}

void classify(Page *pg, Region *r)
{
    memset(r, 0, sizeof *r);
    bool stops = stopwords_usable(pg);
    size_t prose = 0, repeated = 0;
    for (size_t i = 0; i < pg->n; i++) {
        Block *b = &pg->blocks[i];
        b->score = block_score(b, stops);
        /* raw text: the line that repeats the page's title is its headline */
        if (pg->input == INPUT_TEXT && (b->flags & F_TITLE) && b->score > 0)
            b->score = 0;
        b->label = LABEL_BOILER;
        prose += b->score > 0;
        repeated += b->score > 0 && (b->flags & F_REPEAT);
    }
    /* raw text: lines that stand twice on the page are menus, teasers and
     * notices, unless most of the page repeats */
    bool furniture = pg->input == INPUT_TEXT && repeated * 2 < prose;
    if (furniture)
        for (size_t i = 0; i < pg->n; i++)
            if (pg->blocks[i].flags & F_REPEAT)
                pg->blocks[i].score -= REPEAT_PENALTY;
    if (!pg->n)
        return;
    if (pg->input == INPUT_TEXT)
        mark_legal_footer(pg);
    if (pg->input == INPUT_HTML)
        mark_teasers(pg);
    r->root = pg->input == INPUT_HTML ? choose_root(pg) : 0;

    /* raw text: the body follows the headline, when we know where it is,
     * and ends where the readers' comments start (when prose comes first) */
    long title = -1;
    size_t comments = pg->n;
    if (pg->input == INPUT_TEXT) {
        for (size_t i = 0; i < pg->n && title < 0; i++)
            if (pg->blocks[i].flags & F_TITLE)
                title = (long)i;
        bool prose_before = false;
        for (size_t i = 0; i < pg->n && comments == pg->n; i++) {
            if ((pg->blocks[i].flags & F_COMMENT) && prose_before)
                comments = i;
            prose_before |= pg->blocks[i].score > 0;
        }
    }

    /* the run inside the root with the greatest total weight */
    double best = 0.0, cur = 0.0;
    size_t start = 0;
    bool have = false;
    for (size_t i = 0; i < pg->n; i++) {
        Block *b = &pg->blocks[i];
        if (!inside(pg, b->node, r->root))
            continue;
        double w = weight(b);
        if (under_boiler(pg, b, r->root) || i >= comments)
            w = -fabs(w);
        if (title >= 0 && w > 0 && (long)i - title <= TITLE_NEAR)
            w *= TITLE_BONUS;
        if (cur <= 0) {
            cur = 0;
            start = i;
        }
        cur += w;
        if (cur > best) {
            best = cur;
            r->first = start;
            r->last = i;
            have = true;
        }
    }
    if (!have) {
        /* nothing reads like prose: a short page is its own article */
        size_t total = 0;
        for (size_t i = 0; i < pg->n; i++)
            total += pg->blocks[i].chars;
        if (pg->n > 12 || total > 3000)
            return;
        r->first = 0;
        r->last = pg->n - 1;
        r->found = true;
        for (size_t i = 0; i < pg->n; i++)
            if (pg->blocks[i].link_density <= 0.5)
                pg->blocks[i].label = LABEL_CONTENT;
        return;
    }
    r->found = true;
    if (pg->input == INPUT_TEXT) {
        trim_run(pg, r, title); /* HTML has its containers for this */
        after_notices(pg, r, title);
        start_at_dateline(pg, r);
    }
    if (pg->input == INPUT_HTML) {
        span_container(pg, r);
        add_sections(pg, r, false);
        add_sections(pg, r, true);
        cut_at_list_heading(pg, r);
        cut_at_next_article(pg, r);
    }
    label_region(pg, r, furniture);
    if (pg->input == INPUT_HTML) {
        join_rows(pg, r);
        take_lead(pg);
    }
    drop_author_note(pg, r);
}

void classify_page(Page *pg, Classification *c)
{
    classify(pg, &c->region);
    roles_find(pg, &c->region, &c->roles);
}

void classification_free(Classification *c)
{
    roles_free(&c->roles);
}

/* ---- --explain ---------------------------------------------------------- */

static const char *label_name(int label)
{
    switch (label) {
    case LABEL_CONTENT: return "content";
    case LABEL_HEADLINE: return "headline";
    case LABEL_BYLINE: return "byline";
    case LABEL_DATE: return "date";
    default: return "boiler";
    }
}

void classify_explain(FILE *f, const Page *pg, const Classification *c)
{
    const Region *r = &c->region;
    fprintf(f, "# %zu blocks, %zu containers; root container %d", pg->n, pg->nn, r->root);
    for (int k = 0; k < r->n_sections; k++)
        fprintf(f, "%s%d", k ? ", " : ", sections ", r->sections[k]);
    fprintf(f, ", body run %zu..%zu%s\n", r->first, r->last, r->found ? "" : " (none)");
    /* the best container candidates */
    int top[5] = {-1, -1, -1, -1, -1};
    for (size_t nd = 0; nd < pg->nn; nd++) {
        for (int k = 0; k < 5; k++) {
            if (top[k] < 0 || pg->nodes[nd].score > pg->nodes[top[k]].score) {
                for (int m = 4; m > k; m--)
                    top[m] = top[m - 1];
                top[k] = (int)nd;
                break;
            }
        }
    }
    for (int k = 0; k < 5 && top[k] >= 0; k++) {
        const Node *x = &pg->nodes[top[k]];
        fprintf(f, "# container %d: score %.0f, parent %d, depth %d, hint %d, tag %d\n", top[k],
                x->score, x->parent, x->depth, x->hint, x->tag);
    }
    fprintf(f, "# idx label    score  chars links stop%% sent kind node hint flags text\n");
    fprintf(f, "# flags: T title, R repeated, C cue, K cookie notice, L list heading, M comment header,\n"
               "#        B byline, D time, J in JSON-LD body, N nav/aside/footer, - none\n");
    for (size_t i = 0; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        int sp = b->words ? (int)(100 * b->stopwords / b->words) : 0;
        int hint = 0;
        for (int nd = b->node; nd > 0; nd = pg->nodes[nd].parent)
            hint += pg->nodes[nd].hint;
        /* the first 70 bytes of the text, cut at a character boundary */
        int cut = 0;
        if (b->text) {
            size_t k = b->len < 70 ? b->len : 70;
            while (k > 0 && k < b->len && ((unsigned char)b->text[k] & 0xC0) == 0x80)
                k--;
            cut = (int)k;
        }
        static const struct {
            unsigned flag;
            char letter;
        } shown[] = {{F_TITLE, 'T'}, {F_REPEAT, 'R'}, {F_CUE, 'C'}, {F_NOTICE, 'K'}, {F_LISTHEAD, 'L'},
                     {F_COMMENT, 'M'}, {F_BYLINE, 'B'}, {F_TIME, 'D'}, {F_LDBODY, 'J'},
                     {F_NAV | F_ASIDE | F_FOOTER, 'N'}};
        char flags[sizeof shown / sizeof *shown + 1];
        size_t nf = 0;
        for (size_t k = 0; k < sizeof shown / sizeof *shown; k++)
            if (b->flags & shown[k].flag)
                flags[nf++] = shown[k].letter;
        if (!nf)
            flags[nf++] = '-';
        flags[nf] = '\0';
        fprintf(f, "%5zu %-8s %6.2f %6zu %5.2f %4d %4zu %4d %4d %4d %-5s %.*s\n", i,
                label_name(b->label), b->score, b->chars, b->link_density, sp, b->sentences,
                b->heading ? 10 + b->heading : b->kind, b->node, hint, flags, cut,
                b->text ? b->text : "");
    }
}
