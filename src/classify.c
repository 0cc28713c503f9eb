/* classify: which blocks are the article's body: the shared scoring and the
 * flow; the passes that differ by input kind are in classify_html.c and
 * classify_text.c. */
#include "classify.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "byline.h"
#include "date.h"
#include "dateline.h"
#include "classify_int.h"
#include "html.h"
#include "text.h"
#include "words.h"


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

/* The fewest characters of a block that is prose, not a byline or a
 * time stamp, whatever its class says. */
#define BYLINE_PROSE 150

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
    /* (a byline is short: prose under a class that names the post's
     * author, "entry-author-jane", is the post) */
    if ((b->flags & (F_BYLINE | F_TIME)) && c < BYLINE_PROSE)
        g -= 0.5;
    if (b->flags & F_CUE)
        g -= CUE_PENALTY;
    if (b->flags & F_NOTICE)
        g -= CUE_PENALTY; /* twice: a notice however long (a cookie banner) */
    if (b->flags & F_LDBODY)
        g += LDBODY_BONUS; /* the page's own JSON-LD says this is the body */
    return g;
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

/* The body's next paragraph after block i, or -1. */
static long next_content(const Page *pg, long i)
{
    for (long k = i + 1; k < (long)pg->n; k++)
        if (pg->blocks[k].label == LABEL_CONTENT)
            return k;
    return -1;
}

static bool same_text(const Block *a, const Block *b)
{
    return a->len == b->len && !memcmp(a->text, b->text, a->len);
}

/* Two paragraphs of the body or more, each of prose length, that say
 * again, word for word and in order, what its first two said are the
 * page's second copy of its opening (a preview over the story, a page's
 * two layouts): the first copy stays.  One paragraph said again stays (an
 * interview's question put to each guest), and so do copies of one
 * paragraph in a row, and pairs said again later on (a meal plan's days). */
static void drop_repeated_paragraphs(Page *pg)
{
    bool run = false; /* (the paragraph before was a copy) */
    long opening = next_content(pg, -1), second = next_content(pg, opening);
    for (long i = second + 1; second >= 0 && i < (long)pg->n; i++) {
        Block *b = &pg->blocks[i];
        if (b->label != LABEL_CONTENT)
            continue;
        /* (the first block with its text: measure.c found it) */
        long j = b->chars >= REPEAT_PROSE && b->twin >= 0 &&
                         pg->blocks[b->twin].label == LABEL_CONTENT
                     ? b->twin
                     : -1;
        long ni = j == opening ? next_content(pg, i) : -1;
        bool pair = ni >= 0 && pg->blocks[ni].chars >= REPEAT_PROSE &&
                    same_text(&pg->blocks[ni], &pg->blocks[second]) && !same_text(&pg->blocks[ni], b);
        run = j >= 0 && (run || pair);
        if (run)
            b->label = LABEL_BOILER;
    }
}

/* A line that claims the rights: "© 2019 Example, LLC. All rights reserved." */
bool cls_rights_line(const Block *b)
{
    if (!(b->flags & F_CUE) || b->chars > 400)
        return false;
    for (const char *const *m = words_classify_rights_marks; *m; m++)
        if (strstr(b->text, *m))
            return true;
    return false;
}

/* HTML: a paragraph of sentences that says a cue among the article's
 * paragraphs, in their element, is the author's own ("To join, just
 * sign in and add the page to your circles. Each week we put up a post
 * for your questions."); not a notice, nor a line alone. */
static bool cue_in_prose(const Page *pg, const Region *r, size_t i)
{
    const Block *b = &pg->blocks[i];
    if (pg->input != INPUT_HTML || (b->flags & F_NOTICE) || b->sentences < CUE_SENTENCES ||
        b->chars < CUE_PROSE || !b->ends_sentence || b->link_density > 0.2)
        return false;
    /* (a claim of rights is the publisher's: "© 2012 The Associated Press.
     * All rights reserved. This material may not be published ...") */
    if (cls_rights_line(b) || strstr(b->text, "\xC2\xA9") || strstr(b->text, "Copyright"))
        return false;
    const Block *p = i > r->first ? &pg->blocks[i - 1] : NULL;
    if (p && p->label == LABEL_CONTENT && p->score > 0 && !(p->flags & F_CUE) &&
        pg->nodes[p->node].parent == pg->nodes[b->node].parent)
        return true;
    /* (or one cue among three sentences or more, with the article's prose
     * near it in its element, before or after: "Picasa 3.9 is ready for
     * you to try out! ... To download it, click here." opening a post; not
     * one the page says twice, a promotion's) */
    if (b->cues != 1 || b->sentences < CUE_SENTENCES + 1 || (b->flags & F_REPEAT))
        return false;
    int up = pg->nodes[b->node].parent;
    for (size_t k = i > r->first + CUE_NEAR ? i - CUE_NEAR : r->first;
         k <= r->last && k <= i + CUE_NEAR; k++) {
        const Block *o = &pg->blocks[k];
        if (k != i && o->score > 0 && o->chars >= CUE_NEAR_PROSE && o->ends_sentence &&
            !(o->flags & (F_CUE | F_NAV | F_ASIDE | F_FOOTER)) && pg->nodes[o->node].parent == up)
            return true;
    }
    return false;
}

/* Do the list items k..e, ANNOTATED_FEW or more, each open with a link
 * and say more after it, ANNOTATED_OWN characters at least: the article's
 * notes on what it lists ("Bad news! - 16.2%", "Ten ways to save by Ann
 * Lee"), not teasers' kickers before their links ("Drones: Hidden here
 * too?")? */
#define ANNOTATED_FEW 3
#define ANNOTATED_OWN 4
static bool annotated_items(const Page *pg, size_t k, size_t e)
{
    if (e - k + 1 < ANNOTATED_FEW)
        return false;
    for (size_t i = k; i <= e; i++) {
        const Block *b = &pg->blocks[i];
        if (!(b->flags & F_LINKFIRST) || b->chars < b->link_chars + ANNOTATED_OWN)
            return false;
    }
    return true;
}

/* HTML: is b an item of a list, LINKED_ITEM characters at most, that may
 * be the article's though it is a link: no notice, no line the page says
 * again, no list's heading, no menu's? */
static bool link_item(const Page *pg, const Block *b)
{
    return pg->input == INPUT_HTML && b->kind == KIND_LI && b->chars <= LINKED_ITEM &&
           !(b->flags & (F_CUE | F_REPEAT | F_LISTHEAD | F_NAV));
}

/* HTML: an item of a list that a paragraph of the article introduces
 * with a colon, and that the article goes on after, is the article's,
 * its links too ("The seven papers in this issue are:" over their
 * titles, each a link). */
#define LINKS_INTRO 40 /* the fewest characters of a paragraph that introduces links */
static bool introduced_link_item(const Page *pg, const Region *r, size_t i)
{
    const Block *b = &pg->blocks[i];
    if (!link_item(pg, b))
        return false;
    int list = pg->nodes[b->node].parent;
    size_t k = i, e = i;
    while (k > r->first && pg->blocks[k - 1].kind == KIND_LI &&
           pg->nodes[pg->blocks[k - 1].node].parent == list && i - k < LIST_ITEMS)
        k--;
    while (e < r->last && pg->blocks[e + 1].kind == KIND_LI &&
           pg->nodes[pg->blocks[e + 1].node].parent == list && e - i < LIST_ITEMS)
        e++;
    if (k <= r->first || e >= r->last)
        return false;
    const Block *intro = &pg->blocks[k - 1], *after = &pg->blocks[e + 1];
    /* (prose after the list, or the next list's label; an intro that is
     * prose too, not a button row's label, "Share this:" over its links;
     * with a colon, or over items that each say more than their link, the
     * article's notes on what it lists: "Bad news! - 16.2%") */
    return intro->label == LABEL_CONTENT && (colon_end(intro) || annotated_items(pg, k, e)) &&
           !(intro->flags & F_CUE) &&
           intro->kind != KIND_HEADING && intro->chars >= LINKS_INTRO &&
           ((after->score > 0 && after->ends_sentence) || colon_end(after));
}

/* HTML: an item of a list, 300 characters at most, that is mostly a link
 * ("Here's our Year in Review!") among items of prose: the list is the
 * article's (a post's highlights), and so is its item.  Two prose items
 * or more, and as many as the others, within LIST_ITEMS either way. */
static bool item_among_prose(const Page *pg, const Region *r, size_t i)
{
    const Block *b = &pg->blocks[i];
    if (!link_item(pg, b))
        return false;
    int list = pg->nodes[b->node].parent;
    size_t prose = 0, other = 0;
    for (size_t k = i > r->first + LIST_ITEMS ? i - LIST_ITEMS : r->first;
         k <= r->last && k <= i + LIST_ITEMS; k++) {
        const Block *o = &pg->blocks[k];
        if (k == i || o->kind != KIND_LI || pg->nodes[o->node].parent != list)
            continue;
        if (o->score > 0 && o->ends_sentence && o->link_density < 0.5 && !(o->flags & F_CUE))
            prose++;
        else
            other++;
    }
    return prose >= 2 && prose >= other;
}

/* Raw text: does a list's heading ("Related", "Read more") stand over
 * block i, with no prose of the article between them? */
static bool listed_item(const Page *pg, const Region *r, size_t i)
{
    /* (a line over the article's prose that is the first under the
     * heading but for the page's furniture is the article's subhead, the
     * box's items gone: "Related stories", then "People are more friendly"
     * over the next paragraph) */
    bool subhead = i < r->last && pg->blocks[i + 1].score > 0, alone = true;
    for (size_t k = i; k-- > r->first && i - k <= LIST_ITEMS;) {
        const Block *o = &pg->blocks[k];
        /* (a heading alone: "Related post: Title" is its own item) */
        const char *colon = memchr(o->text, ':', o->len);
        if (o->flags & F_LISTHEAD)
            return (!colon || colon == o->text + o->len - 1) && !(subhead && alone);
        if (o->score > 0)
            return false;
        alone &= (o->flags & F_REPEAT) != 0;
    }
    return false;
}

/* Label the region's blocks content, but for what markup, links, notices
 * and (raw text) weak or doubled lines say is not.  When markup alone would
 * leave nothing (the densest prose of the page sits in an <aside> or a box
 * whose class says boilerplate: an interview's transcript, a recipe), the
 * veto is lifted for its prose, two blocks or more: that is the article.
 * A footer's or a menu's veto stays. */
static void label_region(Page *pg, const Region *r, bool furniture)
{
    size_t taken = 0;
    int relaxed = 0;
    for (; relaxed < 2 && !taken; relaxed++)
        for (size_t i = r->first; i <= r->last; i++) {
            Block *b = &pg->blocks[i];
            if (relaxed ? !inside(pg, b->node, r->root) : !in_region(pg, r, b))
                continue;
            /* links: a list of them is not text, a sentence with a few is */
            bool prose = b->ends_sentence && b->chars >= 80 && b->sentences >= 1;
            if (b->link_density > (prose ? LINK_PROSE : 0.5) && b->chars > 0 &&
                !introduced_link_item(pg, r, i) && !item_among_prose(pg, r, i))
                continue;
            if (b->flags & (relaxed ? F_NAV | F_FOOTER : F_NAV | F_FOOTER | F_ASIDE))
                continue;
            /* (lifted: the prose only, and never a footer's or a menu's) */
            if (relaxed && (b->chars < 40 || !b->ends_sentence))
                continue;
            /* a notice ("This site uses cookies...") goes; a paragraph that
             * only mentions "click here" stays */
            if ((b->flags & F_CUE) && (b->chars < CUE_SHORT || (b->flags & F_NOTICE)) &&
                !cue_in_prose(pg, r, i))
                continue;
            /* raw text: a box's items under its heading ("Related" over
             * the titles of other stories), up to the article's next prose;
             * not a sentence of prose (a paragraph the page says twice) */
            if (pg->input == INPUT_TEXT && b->score <= 0 && !(b->ends_sentence && b->chars >= 80) &&
                listed_item(pg, r, i))
                continue;
            if (pg->input == INPUT_TEXT && b->score < TEXT_FLOOR && !cls_introduced_item(pg, r, i) &&
                !cls_text_subhead(pg, r, i) &&
                !cls_table_row(pg, r, i))
                continue;
            if (pg->input == INPUT_TEXT && (b->flags & F_CELLS) && !cls_table_row(pg, r, i))
                continue; /* (a table's rows go together) */
            /* raw text: a line twice in a row is a caption (a gallery
             * shows it under each picture), not a paragraph */
            if (furniture && (b->flags & F_REPEAT) &&
                ((i > 0 && cls_same_text(b, b - 1)) || (i + 1 < pg->n && cls_same_text(b, b + 1))))
                continue;
            b->label = LABEL_CONTENT;
            taken++;
        }
    /* (one sentence is no reason to lift the veto) */
    if (relaxed == 2 && taken == 1)
        for (size_t i = r->first; i <= r->last; i++)
            if (pg->blocks[i].label == LABEL_CONTENT)
                pg->blocks[i].label = LABEL_BOILER;
}

/* Does s hold a clock's time ("11:06", "9:41")? */
bool cls_holds_clock(const char *s, size_t n)
{
    for (size_t i = 1; i + 2 < n; i++)
        if (s[i] == ':' && s[i - 1] >= '0' && s[i - 1] <= '9' && s[i + 1] >= '0' &&
            s[i + 1] <= '5' && s[i + 2] >= '0' && s[i + 2] <= '9')
            return true;
    return false;
}

/* Raw text: two lines or more among the THREAD_LOOK under a thread's
 * heading that are a post's header, a name and a date or a time on a
 * short line, two that differ ("Ashutosh Joshi October 31, 2012 at 9:41
 * am", "Tim Worstall 11.06.12 at 11:06 am"): the posts of a thread, not a
 * count under the headline (the article goes on under that). */
#define THREAD_LOOK 20
#define POST_LINE_CHARS 60
bool cls_thread_of_dated_posts(const Page *pg, size_t at)
{
    size_t dated = 0;
    const Block *first = NULL;
    char day[32];
    for (size_t k = at + 1; k < pg->n && k <= at + THREAD_LOOK && dated < 2; k++) {
        const Block *b = &pg->blocks[k];
        /* (two that differ: a list's stories of one day say one date) */
        if (b->chars <= POST_LINE_CHARS && b->words <= 10 && !b->ends_sentence &&
            (cls_holds_clock(b->text, b->len) || date_iso(b->text, day, sizeof day) ||
             date_ago(b->text, b->len)) &&
            !(first && cls_same_text(first, b))) {
            first = first ? first : b;
            dated++;
        }
    }
    return dated >= 2;
}

/* Raw text: a post's header on two lines, a name (one to three words, no
 * digit) over a date alone, no label before it ("Jermaine" over "07 Nov
 * 12"; not "Par Henri Frasque" over "Publié le 02/11/2023"), with prose
 * under it, at block i? */
#define POST_NAME_CHARS 25
#define POST_DATE_CHARS 30
static bool two_line_post_header(const Page *pg, size_t i)
{
    if (i + 2 >= pg->n)
        return false;
    const Block *name = &pg->blocks[i], *date = &pg->blocks[i + 1];
    char day[32];
    bool date_first = cp_digit((unsigned char)date->text[0]) || date_month_first(date->text);
    return name->chars <= POST_NAME_CHARS && name->words >= 1 && name->words <= 3 &&
           !name->digits && !name->ends_sentence && date->chars <= POST_DATE_CHARS &&
           date->digits && date_first && date_iso(date->text, day, sizeof day) &&
           pg->blocks[i + 2].score > 0 && pg->blocks[i + 2].ends_sentence;
}

/* ... and two more such headers follow within THREAD_SPAN blocks: a
 * thread of readers' posts (a live blog's entries have longer titles). */
#define THREAD_SPAN 60
static bool thread_of_two_line_posts(const Page *pg, size_t i)
{
    if (!two_line_post_header(pg, i))
        return false;
    size_t more = 0;
    for (size_t k = i + 3; k < pg->n && k <= i + THREAD_SPAN && more < 2; k++)
        more += two_line_post_header(pg, k);
    return more >= 2;
}

/* Raw text: where the readers' comments start (when prose comes first),
 * else pg->n; title is the line that says the page's title, or -1. */
static size_t comments_start(const Page *pg, long title)
{
    bool prose_before = false, told = false;
    for (size_t i = 0; i < pg->n; i++) {
        if ((pg->blocks[i].flags & F_COMMENT) && prose_before)
            return i;
        /* (a thread's heading, "69 comments", or posts under names and
         * dates, after prose under the headline (any prose, where the
         * text shows no headline): readers' comments follow) */
        bool after = title >= 0 ? told : prose_before;
        /* (posts under names and dates above the line that says the
         * title, after prose: that line is a sidebar's link to the post,
         * "Photo: Great design from Apple…", not its headline) */
        bool above = title >= 0 && (long)i < title && prose_before;
        if ((after && (pg->blocks[i].flags & F_THREAD) && cls_thread_of_dated_posts(pg, i)) ||
            ((after || above) && thread_of_two_line_posts(pg, i)))
            return i;
        prose_before |= pg->blocks[i].score > 0;
        told |= title >= 0 && (long)i > title && pg->blocks[i].score > 0;
    }
    return pg->n;
}

/* HTML: the run grown to the article's containers and its parts, cut
 * where readers' posts, lists' boxes or the next article start, and grown
 * again by the lines that belong to it however weak (a list, a quote, an
 * opening and a closing line). */
static void shape_html_region(Page *pg, Region *r, size_t comments)
{
    cls_span_container(pg, r);
    cls_add_sections(pg, r, false);
    cls_add_sections(pg, r, true);
    cls_fill_gaps(pg, r);
    cls_cut_at_list_heading(pg, r);
    if (comments > r->first && comments <= r->last)
        r->last = comments - 1; /* (readers' posts under a weak post) */
    cls_cut_at_posts(pg, r);
    cls_cut_at_next_article(pg, r);
    cls_take_quote(pg, r);
    cls_take_list(pg, r);
    cls_take_intro(pg, r);
    cls_take_opening(pg, r);
    cls_take_closing(pg, r);
    cls_start_at_dateline(pg, r);
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
    size_t footer = pg->n;
    if (pg->input == INPUT_TEXT)
        footer = cls_mark_legal_footer(pg);
    if (pg->input == INPUT_HTML)
        cls_mark_teasers(pg);
    r->root = pg->input == INPUT_HTML ? cls_choose_root(pg) : 0;

    /* raw text: the body follows the headline, when we know where it is,
     * and ends where the readers' comments start */
    long title = -1;
    size_t comments = pg->n;
    if (pg->input == INPUT_TEXT) {
        for (size_t i = 0; i < pg->n && title < 0; i++)
            if (pg->blocks[i].flags & F_TITLE)
                title = (long)i;
        comments = comments_start(pg, title);
    } else {
        comments = cls_thread_start(pg);
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
        if (title >= 0 && w > 0 && (long)i > title && (long)i - title <= TITLE_NEAR)
            w *= TITLE_BONUS;
        if (i > footer && w > 0)
            w *= FOOTER_SHARE;
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
        if (pg->n > 12 || total > 3000) {
            if (pg->input == INPUT_HTML)
                cls_post_under_title(pg); /* (a short post over readers' posts) */
            return;
        }
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
        cls_trim_run(pg, r, title); /* HTML has its containers for this */
        cls_after_notices(pg, r, title);
        cls_start_at_dateline(pg, r);
    }
    if (pg->input == INPUT_HTML)
        shape_html_region(pg, r, comments);
    label_region(pg, r, furniture);
    if (pg->input == INPUT_HTML) {
        cls_join_rows(pg, r);
        cls_post_under_title(pg);
        cls_take_lead(pg);
    }
    drop_author_note(pg, r);
    drop_repeated_paragraphs(pg);
}

void classify_page(Page *pg, Classification *c)
{
    classify(pg, &c->region);
    roles_find(pg, &c->region, &c->roles);
    verdict_find(pg, &c->roles, &c->verdict);
    if (!c->verdict.article)
        byline_date_listing(pg, &c->roles);
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

/* What element a block came from: "p", "h2", "li", "line" (raw text). */
static const char *kind_name(const Block *b)
{
    static const char *const headings[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
    if (b->heading >= 1 && b->heading <= 6)
        return headings[b->heading - 1];
    switch (b->kind) {
    case KIND_LINE: return "line";
    case KIND_P: return "p";
    case KIND_LI: return "li";
    case KIND_CELL: return "td";
    case KIND_PRE: return "pre";
    case KIND_QUOTE: return "quote";
    case KIND_DIV: return "div";
    default: return "other";
    }
}

/* Why container nd was taken or left, after its figures: "; taken: the
 * root", "; left: readers' talk, under the list heading at block 72"... */
static void explain_why(FILE *f, const Page *pg, const Region *r, int nd)
{
    const Node *x = &pg->nodes[nd];
    bool section = false;
    for (int k = 0; k < r->n_sections; k++)
        section |= r->sections[k] == nd;
    if (nd == r->root || section) {
        fprintf(f, "; taken: %s\n", nd == r->root ? "the root" : "a section of the article");
        return;
    }
    static const char *const why[] = {
        [WHY_COMMENTS] = "its class says readers' comments",
        [WHY_IN_TALK] = "inside readers' comments or a list's box",
        [WHY_LISTED] = "a list heading opens it",
        [WHY_THREAD] = "it starts past the thread's heading",
        [WHY_POSTS] = "it starts under the headline and holds a forum's posts",
        [WHY_BOXED] = "inside a container whose class says boilerplate (counts half)",
    };
    if (x->why != WHY_NONE)
        fprintf(f, "; left: %s", why[x->why]);
    else if (x->hint < 0)
        fprintf(f, "; left: its class says boilerplate (counts half)");
    else if (inside(pg, nd, r->root))
        fprintf(f, "; left: the root holds it");
    else if (inside(pg, r->root, nd))
        fprintf(f, "; left: it holds the root and other text");
    else
        fprintf(f, "; left: outscored");
    if (x->why_at >= 0 && (x->why == WHY_LISTED || x->why == WHY_THREAD))
        fprintf(f, " (block %ld)", x->why_at);
    fprintf(f, "%s\n", x->near_title ? "; right under the headline" : "");
}

void classify_explain(FILE *f, const Page *pg, const Classification *c)
{
    const Region *r = &c->region;
    fprintf(f, "# %zu blocks, %zu containers; root container %d", pg->n, pg->nn, r->root);
    for (int k = 0; k < r->n_sections; k++)
        fprintf(f, "%s%d", k ? ", " : ", sections ", r->sections[k]);
    fprintf(f, ", body run %zu..%zu%s\n", r->first, r->last, r->found ? "" : " (none)");
    verdict_explain(f, &c->verdict);
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
        fprintf(f, "# container %d: score %.0f, parent %d, depth %d, hint %+d, tag %s", top[k],
                x->score, x->parent, x->depth, x->hint,
                pg->input == INPUT_HTML ? html_tag_name(x->tag) : "-");
        explain_why(f, pg, r, top[k]);
    }
    fprintf(f, "# idx label    score  chars links stop%% sent kind node hint flags text\n");
    fprintf(f, "# flags: T title, R repeated, C cue, K cookie notice, L list heading, M comment header,\n"
               "#        B byline, D time, J in JSON-LD body, N nav/aside/footer, - none\n");
    for (size_t i = 0; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        int sp = b->words ? (int)(100 * b->stopwords / b->words) : 0;
        int hint = page_block_hint(pg, b);
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
        fprintf(f, "%5zu %-8s %6.2f %6zu %5.2f %4d %4zu %-5s %4d %+4d %-5s %.*s\n", i,
                label_name(b->label), b->score, b->chars, b->link_density, sp, b->sentences,
                kind_name(b), b->node, hint, flags, cut, b->text ? b->text : "");
    }
}
