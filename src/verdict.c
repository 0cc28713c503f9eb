/* verdict: does the page hold an article at all?  See verdict.h. */
#include "verdict.h"

#include <string.h>
#include <strings.h>

#include "classify.h"
#include "date.h"
#include "text.h"
#include "url.h"
#include "words.h"

/* A paragraph of prose: sentences, not a line of links. */
#define PROSE_CHARS 80
/* A short block: a button, a price, a line of a list. */
#define SHORT_WORDS 12
/* A line of a list that ends with its entry's date is this short at most. */
#define DATED_CHARS 120
/* Between a post's header line and its text, at most its date and its
 * subject. */
#define POST_HEAD_CHARS 120
/* A card's blurb, under its heading, is at most this long. */
#define CARD_CHARS 420
/* A sentence of prose is at most about this long. */
#define SENTENCE_CHARS 400
/* What the weighed signals must reach, in half points (verdict.h). */
#define ARTICLE_SCORE 7

static bool ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* Does s hold one of the phrases, from the start of a word (or, past
 * ASCII, from any character: scripts without spaces)? */
static bool holds_phrase(const TextPhrases *ps, const char *s)
{
    for (size_t i = 0; s && s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) == 0x80 || (i && ascii_alnum((unsigned char)s[i - 1]) && ascii_alnum(c)))
            continue;
        if (text_phrase_at(ps, s + i) >= 0)
            return true;
    }
    return false;
}


/* Is the part s[0, n) a name of one to four capitalised words and then a
 * site's page of two words or more ("Internet Archive Terms of Use",
 * "Acme's Privacy Policy")?  A headline that says more has a verb. */
static bool named_site_page(const char *s, size_t n)
{
    for (const char *const *w = words_verdict_site_pages; *w; w++) {
        size_t l = strlen(*w);
        if (!strchr(*w, ' ') || l + 2 > n || s[n - l - 1] != ' ' ||
            strncasecmp(s + n - l, *w, l) != 0)
            continue;
        size_t words = 0, i = 0, m = n - l - 1;
        for (; i < m; words++) {
            if (!(s[i] >= 'A' && s[i] <= 'Z'))
                return false;
            while (i < m && s[i] != ' ')
                i++;
            i++;
        }
        return words >= 1 && words <= 4;
    }
    return false;
}

/* Is the title, or a part of it between separators ("Example | About
 * Us", "Example: Error"), the name of a site's page about itself? */
static bool site_page(const char *title)
{
    if (!title)
        return false;
    size_t n = strlen(title), part = 0;
    for (size_t i = 0; i <= n; i++) {
        size_t sep = i == n                                ? 1
                     : title[i] == ':' && title[i + 1] == ' ' ? 2
                     : title[i] == ' '                    ? text_title_sep(title + i)
                                                          : 0;
        if (!sep)
            continue;
        size_t pl = i - part;
        if (pl < 64 && (text_is_one_of(title + part, pl, " :.!", words_verdict_site_pages) ||
                        named_site_page(title + part, pl)))
            return true;
        part = i + sep;
        i = part - 1;
    }
    return false;
}

/* Does a sign of signs end at s[at] (before), or start there and end a
 * word (after)? */
static bool sign_ends(const char *s, size_t at, const char *const *signs)
{
    for (size_t k = 0; signs[k]; k++) {
        size_t l = strlen(signs[k]);
        if (l <= at && !memcmp(s + at - l, signs[k], l))
            return true;
    }
    return false;
}

static bool sign_starts(const char *s, const char *const *signs)
{
    for (size_t k = 0; signs[k]; k++)
        if (text_starts_ci(s, signs[k]) && !ascii_alnum((unsigned char)s[strlen(signs[k])]))
            return true;
    return false;
}

/* Does the text show a price: a currency sign against an amount? */
static bool shows_price(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9' || (i && s[i - 1] >= '0' && s[i - 1] <= '9'))
            continue;
        /* (a sign is '$' or past ASCII before, a letter or past ASCII after) */
        size_t b = i && s[i - 1] == ' ' ? i - 1 : i;
        if (b && (s[b - 1] == '$' || (unsigned char)s[b - 1] >= 0x80) &&
            sign_ends(s, b, words_verdict_currency_before))
            return true;
        size_t e = i;
        while (e < n && ((s[e] >= '0' && s[e] <= '9') || s[e] == '.' || s[e] == ','))
            e++;
        const char *a = s + e + (e < n && s[e] == ' ');
        if (e < n && ((unsigned char)*a >= 0x80 || ((*a | 0x20) >= 'a' && (*a | 0x20) <= 'z')) &&
            sign_starts(a, words_verdict_currency_after))
            return true;
    }
    return false;
}

/* A line of menu items run together: "Web | Texts | Audio | About". */
static bool menu_line(const Block *b)
{
    size_t bars = 0;
    for (const char *p = b->text; (p = strstr(p, " | ")); p += 3)
        bars++;
    return bars >= 3 && bars * 60 > b->chars;
}

/* Is block b prose: sentences, not a line of links or of menu items? */
static bool prose_block(const Block *b, bool stops)
{
    /* (where the page's language has stopwords, prose has its share of
     * them; and its sentences are sentences, not a run of menu items) */
    return b->chars >= PROSE_CHARS && b->link_density < 0.3 &&
           (b->sentences >= 1 || b->ends_sentence) && (!stops || b->stopwords * 8 >= b->words) &&
           b->chars <= (b->sentences + 1) * SENTENCE_CHARS &&
           (b->stopwords * 4 >= b->words || !menu_line(b)); /* (a menu has few) */
}

/* Does a line end with a full date, after words: an entry's title and
 * when it was posted ("Лор → Красные пятна 2015-07-28 13:06", "Ann Lee,
 * May 5, 2024")?  Not a line that is a date and little else. */
static bool ends_with_date(const Block *b)
{
    if (b->digits < 6 || !(b->text[b->len - 1] >= '0' && b->text[b->len - 1] <= '9'))
        return false; /* (a reference's "Retrieved 28 July 2015." is a sentence's end) */
    /* the date: in the last 24 bytes, where a word starts */
    size_t from = b->len > 24 ? b->len - 24 : 0;
    for (size_t i = from; i < b->len; i++) {
        if (i == 0 || b->text[i - 1] != ' ' || !(b->text[i] >= '0' && b->text[i] <= '9'))
            continue;
        char out[48];
        return i >= 12 && date_iso(b->text + i, out, sizeof out);
    }
    return false;
}

/* The text of the blocks strictly between blocks a and b, as far as
 * POST_HEAD_CHARS and a few blocks go (past them, more than that). */
static size_t chars_between(const Page *pg, size_t a, size_t b)
{
    if (b - a > 8)
        return POST_HEAD_CHARS + 1;
    size_t n = 0;
    for (size_t i = a + 1; i < b && n <= POST_HEAD_CHARS; i++)
        n += pg->blocks[i].chars;
    return n;
}

/* The body's part being read, under its heading. */
typedef struct {
    bool headed;  /* (under a heading) */
    size_t paras; /* its paragraphs of prose */
    size_t chars;
} Section;

/* A heading (heading), or the body's end: the section before it ends, a
 * card when it was a heading over one short paragraph; a heading over no
 * paragraph at all runs on into the next ("Projects" over "Berth
 * Planner"). */
static void section_break(Verdict *v, Section *sec, bool heading)
{
    if (sec->headed && sec->paras) {
        v->sections++;
        v->cards += sec->paras == 1 && sec->chars <= CARD_CHARS;
    }
    if (sec->paras || !sec->headed)
        *sec = (Section){heading, 0, 0};
}

/* One pass over the blocks: the body's (those labelled content, or the
 * alternate body's paragraphs when the roles took it), its prose and its
 * teasers; on the whole page prices and buttons to buy, posts' headers
 * (inside the body's span, a thread), search results' headings. */
static void scan(const Page *pg, const Roles *ro, Verdict *v)
{
    long first = page_first_content(pg), last = (long)pg->n - 1;
    while (first >= 0 && pg->blocks[last].label != LABEL_CONTENT)
        last--;
    bool stops = false; /* (the page's language has a list of them) */
    for (size_t i = 0; i < pg->n && !stops; i++)
        stops = pg->blocks[i].stopwords > 0;
    Section sec = {0};
    for (size_t i = 0; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        bool inside = first >= 0 && (long)i >= first && (long)i <= last;
        if (b->label == LABEL_CONTENT && b->heading >= 2)
            section_break(v, &sec, true);
        if (b->label == LABEL_CONTENT) {
            v->body_chars += b->chars;
            v->cut += b->len > 3 && (!strcmp(b->text + b->len - 3, "...") ||
                                     !strcmp(b->text + b->len - 3, "\xE2\x80\xA6"));
            if (prose_block(b, stops)) {
                v->prose_chars += b->chars;
                v->prose_paras++;
                sec.paras += b->heading < 2;
                sec.chars += b->heading < 2 ? b->chars : 0;
            }
        }
        v->teasers += inside && ((b->heading && b->link_density >= 0.9) ||
                                 (b->words <= 6 && text_opens_with(&phrases_verdict_more_cues, b->text)));
        /* (the cues below open short lines, or a listing with its numbers) */
        bool line = b->words <= SHORT_WORDS;
        v->search |= (line || b->digits) && text_opens_with(&phrases_verdict_search_cues, b->text);
        if (line && b->digits && shows_price(b->text, b->len))
            v->prices++;
        if (line && (text_opens_with(&phrases_verdict_shop_buttons, b->text) ||
                     text_opens_with(&phrases_verdict_shop_labels, b->text)))
            v->carts++;
        v->dated += inside && b->chars <= DATED_CHARS && b->words >= 2 && ends_with_date(b);
        if ((b->flags & F_COMMENT) || (pg->nodes[b->node].comments && b->chars >= PROSE_CHARS) ||
            cls_forum_line(b)) {
            v->posts++;
            v->body_posts += inside;
            v->post_above |= cls_forum_line(b) && first >= 0 && (long)i < first &&
                             chars_between(pg, i, (size_t)first) <= POST_HEAD_CHARS;
        }
    }
    section_break(v, &sec, false);
    for (size_t k = 0; k < ro->n_alt; k++) {
        size_t c = text_chars(ro->alt[k], strlen(ro->alt[k]));
        v->body_chars += c;
        if (c >= PROSE_CHARS) {
            v->prose_chars += c;
            v->prose_paras++;
        }
    }
}

/* The text between the headline's block and the body's first: little
 * when the headline stands over the prose; -1 when no block shows it. */
static long headline_gap(const Page *pg, const Roles *ro)
{
    long h = ro->headline_block, f = page_first_content(pg);
    if (h < 0 || f < 0)
        return -1;
    /* (raw text's first line is its <title>: the headline stands where a
     * line of the page says it, the nearest above the body: "More
     * HEADLINE posted by ...") */
    for (long i = f - 1; pg->input == INPUT_TEXT && h == 0 && i > 0 && ro->headline &&
                         strlen(ro->headline) >= 10;
         i--)
        if (strstr(pg->blocks[i].text, ro->headline))
            h = i;
    size_t gap = 0;
    for (long i = (h < f ? h : f) + 1; i < (h < f ? f : h); i++)
        gap += pg->blocks[i].chars;
    return (long)gap;
}

/* A signal that says no article alone. */
static const char *veto(const Page *pg, const Roles *ro, const Verdict *v)
{
    const char *title = pg->meta.title;
    if (holds_phrase(&phrases_verdict_refusals, title) ||
        holds_phrase(&phrases_verdict_refusals, ro->headline))
        return "the title says the page was not found";
    if (pg->meta.markup == MARKUP_OTHER)
        return "the markup says a product, a profile, a list or questions";
    if (site_page(title) || site_page(ro->headline))
        return "the title names a page that is no article (About, FAQ, Error, Log in)";
    for (size_t k = 0; ro->headline && k < ro->n_authors; k++)
        if (text_loose_eq(ro->headline, ro->authors[k]))
            return "the headline is its author's name: a personal page";
    if (v->search || holds_phrase(&phrases_verdict_search_cues, title))
        return "it lists search results";
    return NULL;
}

static void weigh(Verdict *v, bool on, int weight, const char *sign)
{
    if (!on || v->n_signs == VERDICT_SIGNS)
        return;
    v->score += weight;
    v->signs[v->n_signs] = sign;
    v->weights[v->n_signs++] = weight;
}

/* The signals, weighed in half points.  The weights were set on the
 * shared corpora (articles of every kind, and crawl pages labelled article
 * or not); each is a general signal, none names a site. */
static void weigh_all(const Page *pg, const Roles *ro, Verdict *v)
{
    size_t prose = v->prose_chars;
    /* (a post's header right above the body dates the post, not an
     * article: a review's, a forum post's "name - date") */
    bool dated = ro->published || ro->byline || ro->n_authors || ro->has_dateline;
    weigh(v, dated && !v->post_above, 6, "a date, byline or dateline");
    weigh(v, pg->meta.markup == MARKUP_ARTICLE, 3, "article markup");
    weigh(v, pg->meta.markup == MARKUP_WEBSITE, -3, "website markup");
    weigh(v, pg->meta.markup == MARKUP_WEBSITE && !dated, -3,
          "nothing dates it: a page about the site");
    weigh(v, v->body_chars >= 150, 4, "a body");
    weigh(v, prose >= 150, 1, "some prose");
    weigh(v, prose >= 1000, 2, "much prose");
    weigh(v, v->prose_paras >= 3, 3, "three paragraphs or more");
    /* (a post's subject line over its text is no article's headline) */
    const Block *h = ro->headline_block >= 0 ? &pg->blocks[ro->headline_block] : NULL;
    weigh(v, v->gap >= 0 && v->gap <= 300 && !(h && cls_forum_line(h)), 4,
          "the headline over the body");
    weigh(v, v->gap < 0, -4, "no headline on the page");
    weigh(v, url_is_home(pg->meta.url), -3, "a site's home address");
    weigh(v, v->posts >= 1, -4, "a post's header");
    weigh(v, v->posts >= 3 && v->posts * 100 > prose, -6, "posts outweigh the prose");
    weigh(v, (v->prices >= 3 && v->prices * 150 > prose) || (v->carts && v->prices && prose < 1000),
          -6, "a shop's prices");
    weigh(v, v->cut >= 3 && v->cut * 3 >= v->prose_paras, -6, "teasers cut short");
    bool cards = v->sections >= 4 && v->cards * 4 >= v->sections * 3;
    weigh(v, cards, -6, "a heading over each short paragraph: a page of cards");
    weigh(v, cards && !dated, -3, "nothing dates the cards: a site's page about its work");
    weigh(v, v->teasers >= 2 && v->teasers * 2 >= v->prose_paras, -12,
          "teasers: a linked title or 'read more' by each paragraph");
    weigh(v, v->post_above, -4, "a post's header right above the body: the body is a post");
    weigh(v, v->body_posts >= 2, -12, "posts in the body: a thread");
    weigh(v, v->dated >= 4 && v->dated * 2 >= v->prose_paras, -12,
          "entries that each end with their date: a list");
    weigh(v, pg->input == INPUT_HTML && v->body_chars >= 500 && prose * 10 < v->body_chars * 3, -4,
          "a body mostly not prose");
}

void verdict_find(const Page *pg, const Roles *ro, Verdict *v)
{
    memset(v, 0, sizeof *v);
    scan(pg, ro, v);
    v->gap = headline_gap(pg, ro);
    v->veto = veto(pg, ro, v);
    if (!v->veto)
        weigh_all(pg, ro, v);
    v->article = !v->veto && v->score >= ARTICLE_SCORE;
}

void verdict_explain(FILE *f, const Verdict *v)
{
    fputs(v->article ? "# article: yes" : "# article: no", f);
    if (v->veto)
        fprintf(f, " (%s)", v->veto);
    else
        fprintf(f, " (score %d, needs %d)", v->score, ARTICLE_SCORE);
    for (size_t k = 0; k < v->n_signs; k++)
        fprintf(f, "%s %s %+d", k ? "," : ":", v->signs[k], v->weights[k]);
    fprintf(f, "\n# article signals: body %zu chars, prose %zu in %zu paragraphs, headline gap %ld, "
               "cut %zu, prices %zu, carts %zu, posts %zu (%zu in the body), teasers %zu, "
               "dated %zu, cards %zu of %zu sections\n",
            v->body_chars, v->prose_chars, v->prose_paras, v->gap, v->cut, v->prices, v->carts,
            v->posts, v->body_posts, v->teasers, v->dated, v->cards, v->sections);
}
