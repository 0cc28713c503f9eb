/* headline: the article's headline. */
#include "headline.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "byline.h"
#include "date.h"
#include "text.h"
#include "words.h"

/* Is s[0..n) a domain name, one token that ends in a dot and two to six
 * letters ("Example.com", "CitySports.com", "bbc.co.uk")? */
static bool domain_like(const char *s, size_t n)
{
    if (n < 5 || memchr(s, ' ', n))
        return false;
    size_t t = n;
    while (t && ((s[t - 1] | 0x20) >= 'a' && (s[t - 1] | 0x20) <= 'z'))
        t--;
    return t >= 2 && s[t - 1] == '.' && n - t >= 2 && n - t <= 6;
}

/* Is s[0..n) a label of the URL's host, spelt as words ("Valley Herald"
 * for valleyherald.example)?  Labels of four letters or more, but "www". */
static bool names_host(const char *s, size_t n, const char *url)
{
    if (!url || !n)
        return false;
    const char *h = strstr(url, "://");
    h = h ? h + 3 : url;
    size_t host = strcspn(h, "/:?#");
    for (const char *l = h; l < h + host;) {
        size_t ll = strcspn(l, ".");
        if (ll > host - (size_t)(l - h))
            ll = host - (size_t)(l - h);
        if (ll >= 4 && strncmp(l, "www", 3) && text_loose_eqn(s, n, l, ll))
            return true;
        l += ll + 1;
    }
    return false;
}

/* A site's name is at most this long, in bytes (what is longer is no
 * name, and a title of many parts is not read over and over). */
#define SITE_NAME_MAX 120
/* Parts cut from the ends of a title, at most. */
#define TITLE_CUTS 8
/* Raw text: lines above the body, at most, where a line that says the
 * first line's last part is the headline. */
#define TAIL_NEAR 3
/* A kicker over a headline ("Guerre en Ukraine :") is this many words at
 * most. */
#define KICKER_WORDS 5

/* What may name the page's site: its declared name (og:site_name, or a
 * logo's heading), what the page shows as its name (the logo image's alt
 * text, the copyright line's holder), and its URL; any may be NULL. */
typedef struct {
    const char *declared;
    const char *shown[2];
    const char *url;
    const Page *pg; /* where a title's part may show as a line */
} Site;

/* Is s[0..n) name, or name's first words with at most two words after
 * them ("Example News" of "Example News Ltd", "Valley Herald" of "Valley
 * Herald logo"), or before a separator ("Photo Blog" of "Photo Blog -
 * News and tips from the team")? */
static bool starts_name(const char *s, size_t n, const char *name)
{
    char *part = xstrndup(s, n);
    size_t span = text_loose_span(name, part);
    free(part);
    if (!span)
        return false;
    if (text_title_sep(name + span))
        return true;
    size_t more = 0;
    for (const char *q = name + span; *q; q++)
        more += *q != ' ' && (q[-1] == ' ');
    return more <= 2;
}

/* Is s[0..n) name and one word more ("Springfield Times Online" of
 * "Springfield Times")? */
static bool name_and_word(const char *s, size_t n, const char *name)
{
    char *part = xstrndup(s, n);
    size_t span = text_loose_span(part, name), more = 0;
    for (size_t i = span; span && i < n; i++)
        more += part[i] != ' ' && part[i - 1] == ' ';
    bool spaced = span && span < n && part[span] == ' '; /* (not "Name: Colophon") */
    free(part);
    return spaced && more == 1;
}

/* Is name s[0..n) and a few characters more, in a script written without
 * spaces ("読売新聞" and "オンライン"): three to eight characters of name,
 * at most six more? */
static bool unspaced_and_word(const char *name, const char *s, size_t n)
{
    size_t nl = strlen(name), c = text_chars(s, n);
    if (n >= nl || memcmp(name, s, n) != 0 || memchr(name, ' ', nl) || c < 3 || c > 8)
        return false;
    int32_t first;
    utf8_decode(s, n, 0, &first);
    return first >= 0x2E80 && text_chars(name + n, nl - n) <= 6; /* (CJK and after) */
}

/* Does s[0..n) name the site?  Loosely: "The Daily Example",
 * "dailyexample.com", a domain, a label of the page's own host: 1; the
 * name the page shows for itself, but none of those: 2; else 0. */
static int site_named(const char *s, size_t n, const Site *site)
{
    if (!n || n > SITE_NAME_MAX)
        return 0;
    if (domain_like(s, n) || names_host(s, n, site->url))
        return 1;
    if (site->declared) {
        char *part = xstrndup(s, n);
        bool same = text_loose_eq(part, site->declared);
        if (!same) {
            /* a domain: "nytimes.com" for "The New York Times" is left
             * alone, but "example.com" for "Example" is the site */
            char *dot = strrchr(part, '.');
            if (dot && dot > part) {
                *dot = '\0';
                same = text_loose_eq(part, site->declared);
            }
        }
        /* (or that name but its last word: "Valley Herald" of the
         * declared "Valley Herald Online", "読売新聞" of "読売新聞オンライン") */
        same |= name_and_word(site->declared, strlen(site->declared), part) ||
                unspaced_and_word(site->declared, s, n);
        free(part);
        if (same)
            return 1;
    }
    for (int k = 0; k < 2; k++)
        if (site->shown[k] && text_chars(s, n) >= 2 &&
            (starts_name(s, n, site->shown[k]) || name_and_word(s, n, site->shown[k])))
            return 2;
    return 0;
}

static bool names_site(const char *s, size_t n, const Site *site)
{
    return site_named(s, n, site) != 0;
}

/* Does the page show s[0..n) as a line of its own (a heading, linked or
 * not, a title line; not a menu's link)? */
static bool page_shows(const Page *pg, const char *s, size_t n)
{
    for (size_t i = 0; pg && i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        if (b->chars <= 300 && (b->link_density < 0.5 || b->kind == KIND_HEADING) &&
            text_loose_eqn(b->text, b->len, s, n))
            return true;
    }
    return false;
}

/* May the part name[0..n) of a title go as the site's name, leaving
 * [rest, end)?  When the page declares it, or when the page shows the
 * name for itself and the rest as a line of its own (the site's name
 * beside a title the page shows: not "Old Blog: Colophon" over a page
 * headed "About This Site"). */
static bool site_cut(const Site *site, const char *name, size_t n, const char *rest,
                     const char *end)
{
    int how = site_named(name, n, site);
    return how == 1 || (how == 2 && page_shows(site->pg, rest, (size_t)(end - rest)));
}

/* Is s[0..n) "_Word_Word": capitalised words, each after an underscore? */
static bool underscored_name(const char *s, size_t n)
{
    size_t words = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '_')
            continue;
        if (i + 1 >= n || !(s[i + 1] >= 'A' && s[i + 1] <= 'Z'))
            return false;
        words++;
    }
    return words >= 1 && !memchr(s, ' ', n);
}

/* A title that starts with a path of sections ("Springfield.com > News >
 * World -- Court rules", "Blog » Archive » Title"): where the title after
 * it starts, or s when it does not. */
static const char *after_path(const char *s, const char *end)
{
    static const char *const chain[] = {" > ", " \xC2\xBB ", NULL};
    for (const char *const *c = chain; *c; c++) {
        size_t cl = strlen(*c), parts = 0;
        const char *last = NULL;
        bool short_parts = true;
        for (const char *p = s, *q; (q = strstr(p, *c)) && q + cl <= end; p = q + cl) {
            size_t words = 1;
            for (const char *k = p; k < q; k++)
                words += *k == ' ';
            short_parts &= words <= 3 && q - p <= 30;
            parts++;
            last = q + cl;
        }
        if (parts < 2 || !short_parts)
            continue;
        /* the last section, then another separator (or two dashes, which
         * a title may hold elsewhere), then the title */
        for (const char *const *sep = words_title_separators; *sep; sep++) {
            const char *t = strstr(last, *sep);
            if (t && t + strlen(*sep) < end && t - last <= 30)
                return t + strlen(*sep);
        }
        const char *dd = strstr(last, " -- ");
        if (dd && dd + 4 < end && dd - last <= 30)
            return dd + 4;
        return last;
    }
    return s;
}

/* Can c join a title and a name: a space, or a mark that is no quote,
 * bracket or sentence's end (" : ", " -", " | ")? */
static bool glue_char(int32_t c)
{
    return cp_space(c) || ((cp_punct(c) || cp_dash(c)) && !strchr("\"'()[]?!._", (int)c) &&
                           c != 0xAB && c != 0xBB && (c < 0x2018 || c > 0x201F));
}

/* Is there glue with a mark in it before s[p] ("Title : KXYZ")?  *q:
 * where it starts. */
static bool glue_before(const char *s, size_t n, size_t p, size_t *q)
{
    bool mark = false;
    int32_t c;
    for (*q = p; *q > 0; *q -= utf8_back(s, *q)) {
        utf8_decode(s, n, *q - utf8_back(s, *q), &c);
        if (!glue_char(c))
            break;
        mark |= !cp_space(c);
    }
    return mark;
}

/* The length of the start of s[0..n) that the page shows as a line of its
 * own, up to glue with a mark ("Council approves budget" of "Council
 * approves budget : The Ledger Blog"), or 0. */
static size_t shown_start(const Page *pg, const char *s, size_t n)
{
    for (size_t i = 0; pg && i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        if (b->chars > 300 || b->chars < 10 || (b->link_density >= 0.5 && b->kind != KIND_HEADING))
            continue;
        size_t span = text_loose_span(s, b->text), end = span, q, k;
        for (int32_t c; end < n && (k = utf8_decode(s, n, end, &c)) && glue_char(c);)
            end += k;
        if (span && span < n && end < n && glue_before(s, n, end, &q) && q <= span)
            return span;
    }
    return 0;
}

/* Does s[0..n) name the site, or a word and the declared name ("Tageszeitung
 * junge Welt" of "junge Welt")? */
static bool names_site_or_paper(const char *s, size_t n, const Site *site)
{
    if (names_site(s, n, site))
        return true;
    const char *sp = memchr(s, ' ', n);
    if (!site->declared || !sp)
        return false;
    char *rest = xstrndup(sp + 1, n - (size_t)(sp + 1 - s));
    bool same = text_loose_eq(rest, site->declared);
    free(rest);
    return same;
}

/* Drop a name the page shows for itself (site->shown) from the end of the
 * title [b, *e), behind glue with a mark in it ("Title : KXYZ", "Title
 * -Example News"), when the page shows the rest, or the rest's start up to
 * more glue ("Title : The Ledger Blog : KXYZ"), as a line of its own. */
static void strip_shown_name(const char *b, const char **e, const Site *site)
{
    if (!site->shown[0] && !site->shown[1])
        return;
    size_t n = (size_t)(*e - b), q;
    for (size_t p = n > SITE_NAME_MAX ? n - SITE_NAME_MAX : 1; p < n; p++) {
        int32_t c;
        utf8_decode(b, n, p, &c);
        if (((unsigned char)b[p] & 0xC0) == 0x80 || glue_char(c) || !glue_before(b, n, p, &q))
            continue;
        bool named = false;
        for (int k = 0; k < 2 && !named; k++)
            named = site->shown[k] && starts_name(b + p, n - p, site->shown[k]);
        if (!named || text_chars(b, q) < 10)
            continue;
        size_t keep = page_shows(site->pg, b, q) ? q : shown_start(site->pg, b, q);
        if (keep)
            *e = b + keep;
        return;
    }
}

/* The last "(" in [b, e), or NULL. */
static const char *memrchr_open(const char *b, const char *e)
{
    for (const char *q = e; q > b; q--)
        if (q[-1] == '(')
            return q - 1;
    return NULL;
}

static char *clean_title(const char *title, const Site *site, bool page_title)
{
    /* drop the parts at either end that name the site; for a page's
     * <title>, also a short last part after the separator ("... | Politics
     * | Example News") when the rest is clearly longer */
    size_t n = strlen(title);
    const char *b = title, *e = title + n;
    bool copied = false;
    b = after_path(b, e);
    /* (a title has a few parts: a <title> of thousands is cut a few times) */
    for (int cuts = 0, cut = 1; cut && cuts < TITLE_CUTS; cuts++) {
        cut = 0;
        for (const char *const *sep = words_title_separators; *sep; sep++) {
            size_t sl = strlen(*sep);
            /* the last separator in [b, e) */
            const char *last = NULL;
            for (const char *q = b; (q = strstr(q, *sep)) && q + sl <= e; q++)
                last = q;
            if (last) {
                const char *tail = last + sl;
                size_t tl = (size_t)(e - tail), hl = (size_t)(last - b);
                /* (a third of the rest at most, or half of it for a name
                 * of three words at most: "... – My website"; not after a
                 * slash, which joins two places, "Lindenhurst / Babylon") */
                size_t tc = text_chars(tail, tl), hc = text_chars(b, hl);
                bool short_tail = (tc * 3 <= hc || (tc * 2 <= hc && text_words(tail, tl) <= 3 &&
                                                    strcmp(*sep, " / "))) &&
                                  tl <= 40;
                bool named = site_cut(site, tail, tl, b, last);
                /* (a title that ended with the site's name is the
                 * <title>'s copy: its short parts go as the <title>'s,
                 * but for a part the page shows with the rest, "... –
                 * again" in the h1 too) */
                bool copy = copied && !page_shows(site->pg, b, (size_t)(e - b));
                if (named || ((page_title || copy) && short_tail && hl >= 12)) {
                    e = last;
                    cut = 1;
                    copied |= named;
                    break;
                }
            }
        }
        /* the site's name at the start, the longest part that names it
         * ("Jane Roe | Blog » Title", where the site is "Jane Roe | Blog") */
        const char *after = NULL;
        for (const char *const *sep = words_title_separators; *sep && !cut; sep++)
            for (const char *q = b; (q = strstr(q, *sep)) && q + strlen(*sep) <= e &&
                                    q - b <= SITE_NAME_MAX; q++)
                if (q + strlen(*sep) > after &&
                    site_cut(site, b, (size_t)(q - b), q + strlen(*sep), e))
                    after = q + strlen(*sep);
        if (after) {
            b = after;
            cut = 1;
        }
    }
    /* "Title, Daily Example, 26.04.2024": after a comma at the end, a date
     * alone, then a part that names the site */
    for (int k = 0; k < 2; k++) {
        const char *comma = NULL;
        for (const char *q = b; (q = memchr(q, ',', (size_t)(e - q))) && q + 2 < e; q++)
            if (q[1] == ' ')
                comma = q;
        size_t tl = comma ? (size_t)(e - comma - 2) : 0;
        if (!comma || comma - b < 12 ||
            !(date_short(comma + 2, tl) || names_site_or_paper(comma + 2, tl, site)))
            break;
        e = comma;
    }
    /* "Example News: Council approves budget": the site's name before a
     * colon */
    const char *colon = memchr(b, ':', (size_t)(e - b));
    if (colon && colon[1] == ' ' && colon + 2 < e &&
        site_cut(site, b, (size_t)(colon - b), colon + 2, e) &&
        text_has_letter(colon + 2, (size_t)(e - colon - 2)))
        b = colon + 2; /* (not to leave a number alone: "Old Blog: 2011") */
    /* "Council approves budget : Valley Herald": the site's name after a
     * colon with a space before it (as French sets every colon, so only
     * a part that names the site goes) */
    const char *sc = NULL;
    for (const char *q = b; (q = memchr(q, ' ', (size_t)(e - q))) && q + 3 < e; q++)
        if (q[1] == ':' && q[2] == ' ')
            sc = q;
    if (sc && site_cut(site, sc + 3, (size_t)(e - sc - 3), b, sc))
        e = sc;
    /* "Council approves budget (Valley Herald)": the site's name in
     * brackets at the end */
    const char *open = e - b > 14 && e[-1] == ')' ? memrchr_open(b, e) : NULL;
    if (open && open - b >= 12 && open[-1] == ' ' &&
        site_cut(site, open + 1, (size_t)(e - open - 2), b, open - 1))
        e = open - 1;
    strip_shown_name(b, &e, site);
    /* "Port reopens after strike_English_Newswire": a site's name glued on
     * with underscores, capitalised words */
    const char *us = memchr(b, '_', (size_t)(e - b));
    if (us && us > b && us[-1] != ' ' && underscored_name(us, (size_t)(e - us)))
        e = us;
    /* "... on CitySports.com": the site named after the title */
    const char *sp = e - b > 4 ? b + (e - b) - 1 : NULL;
    while (sp && sp > b && *sp != ' ')
        sp--;
    if (sp && sp > b && domain_like(sp + 1, (size_t)(e - sp - 1))) {
        for (const char *const *w = words_title_site_joiners; *w; w++) {
            size_t wl = strlen(*w);
            if ((size_t)(sp - b) > wl + 12 && !strncmp(sp - wl, *w, wl)) {
                e = sp - wl;
                break;
            }
        }
    }
    return text_clean(b, (size_t)(e - b), NULL);
}

char *headline_clean_title(const char *title, const char *site, const char *url,
                           bool page_title)
{
    const Site s = {site, {NULL, NULL}, url, NULL};
    return clean_title(title, &s, page_title);
}

static bool similar(const char *a, const char *b)
{
    return a && b && text_loose_eq(a, b);
}

/* Is a the start or the end of b, as letters and digits go? */
static bool part_of(const char *a, const char *b)
{
    Buf x = {0}, y = {0};
    text_fold_alnum(a, strlen(a), (size_t)-1, &x);
    text_fold_alnum(b, strlen(b), (size_t)-1, &y);
    size_t nx = x.len, ny = y.len;
    bool part = nx >= 12 && nx < ny &&
                (!memcmp(x.p, y.p, nx) || !memcmp(x.p, y.p + ny - nx, nx));
    buf_free(&x);
    buf_free(&y);
    return part;
}

/* Is title b a shorter part, a separator and then title a ("Blog Archive
 * » An Interview")? */
static bool tail_after_sep(const char *b, const char *a)
{
    size_t tail, n = strlen(b);
    size_t at = text_last_title_sep(b, n, 0, &tail);
    return at < n && similar(b + tail, a) && text_chars(b, at) < text_chars(b + tail, n - tail);
}

/* Does title b say title a, perhaps with a shorter suffix after a
 * separator ("New Zealand - Wikipedia" says "New Zealand"; "Sport | Ski
 * jumpers quarrel over suits" does not say "Sport")? */
static bool agrees(const char *a, const char *b)
{
    if (similar(a, b))
        return true;
    size_t span = text_loose_span(b, a);
    if (!span)
        return false;
    size_t sl = text_title_sep(b + span);
    return sl && text_chars(b + span + sl, strlen(b + span + sl)) < text_chars(a, strlen(a));
}

/* Does heading h say title t and go on with the same sentence, after a
 * comma or with a word in lower case ("India fires missiles into ...
 * territory, killing at least 26")?  Not with a count, a section or an
 * update's stamp ("... 149 Comments", "... World, Updated Nov 07"). */
static bool goes_on(const char *h, const char *t)
{
    size_t span = text_loose_span(h, t);
    if (!span)
        return false;
    while (h[span] == ' ')
        span++;
    int32_t c = 0;
    if (h[span])
        utf8_decode(h, strlen(h), span, &c);
    return c == ',' || (cp_letter(c) && cp_tolower(c) == c && !cp_digit(c));
}

/* When title opens with head's words and a separator or a colon ("Inside
 * Example: Update" and "Inside Example"), the rest of it; else NULL. */
static const char *title_rest(const char *title, const char *head)
{
    size_t span = title ? text_loose_span(title, head) : 0;
    if (!span)
        return NULL;
    size_t sep = text_title_sep(title + span);
    if (!sep && title[span] == ':' && title[span + 1] == ' ')
        sep = 2;
    const char *rest = title + span + sep;
    return sep && text_chars(rest, strlen(rest)) >= 4 ? rest : NULL;
}

/* The heading (h1 to h3, linked or not) after block h1, before the body
 * ends, that says the rest of the <title> when the <title> opens with
 * block h1's text and a separator or a colon; -1 when none does. */
static long heading_of_rest(const Page *pg, const Region *r, int h1)
{
    const char *rest = title_rest(pg->meta.title, pg->blocks[h1].text);
    for (size_t i = (size_t)h1 + 1; rest && i <= r->last && i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        if (b->kind == KIND_HEADING && b->heading <= 3 && text_loose_eqn(b->text, b->len, rest,
                                                                         strlen(rest)))
            return (long)i;
    }
    return -1;
}

/* The page's h1 that shows the headline: one that says the title, else an
 * h1 inside the article, else the page's first; an h1 that is all link (the
 * site's logo) gives way to the heading under it, and names the site in
 * *site when nothing else did.  -1 when there is none. */
static int page_h1(const Page *pg, const Region *r, const char **site)
{
    int h1 = -1;
    for (size_t i = 0; i < pg->n && h1 < 0; i++) {
        const Block *b = &pg->blocks[i];
        if (b->kind == KIND_HEADING && b->heading <= 2 && (b->flags & F_TITLE))
            h1 = (int)i;
    }
    /* an h1 inside the article, else the page's first */
    for (int pass = 0; pass < 2 && h1 < 0; pass++)
        for (size_t i = 0; i < pg->n && h1 < 0; i++) {
            const Block *b = &pg->blocks[i];
            if (b->heading == 1 && b->chars >= 4 && b->chars <= 300 &&
                (pass == 1 || (r->found && i + 3 >= r->first && i <= r->last)))
                h1 = (int)i;
        }
    /* an h1 that is the <title>'s first part, with a heading between it
     * and the body that says the rest ("Inside Example: Update" over an h1
     * "Inside Example"): the h1 names the site, the heading is the
     * article's */
    long rest = h1 >= 0 && r->found ? heading_of_rest(pg, r, h1) : -1;
    if (rest >= 0) {
        if (!*site)
            *site = pg->blocks[h1].text;
        return (int)rest;
    }
    /* an h1 that is all link, with a heading that is none between it and
     * the body, is the site's logo: that heading is the article's, and the
     * logo's text names the site (where no meta tag does); not when it
     * says the <title> and more than the site's name (a permalink, with
     * "Posted on DATE" under it); nor is a list's heading the article's
     * ("111 Responses to “Title”" over the comments) */
    const char *t = pg->meta.title;
    if (h1 >= 0 && pg->blocks[h1].link_density >= 0.9 && r->found &&
        !(t && agrees(pg->blocks[h1].text, t) && !similar(pg->blocks[h1].text, t)))
        for (size_t i = (size_t)h1 + 1; i < r->first + 1 && i < pg->n; i++) {
            const Block *b = &pg->blocks[i];
            if (b->kind == KIND_HEADING && b->heading <= 3 && b->link_density < 0.5 &&
                b->chars >= 10 && b->chars <= 300 && !(b->flags & F_LISTHEAD)) {
                if (!*site)
                    *site = pg->blocks[h1].text;
                h1 = (int)i;
                break;
            }
        }
    return h1;
}

/* A heading (h1 to h3, not a link) among the three blocks before the
 * body's start, the nearest first; -1 when none. */
static long heading_before_body(const Page *pg, const Region *r)
{
    for (long i = (long)r->first; i >= 0 && i + 3 >= (long)r->first; i--) {
        const Block *b = &pg->blocks[i];
        if (b->kind == KIND_HEADING && b->heading <= 3 && b->link_density < 0.5 &&
            b->chars >= 10 && b->chars <= 300)
            return i;
    }
    return -1;
}

static long line_of_tail(const Page *pg, long last, const char *title, const char *cand,
                         bool headings);

/* A heading before the body (h1 to h3, not a menu's, nor an h1 that is a
 * link: the logo's) that says the last part(s) of the <title>, after a
 * separator ("Blog Name » Title"), and other than its cleaned form cand;
 * -1 when none. */
static long heading_of_tail(const Page *pg, const Region *r, const char *title,
                            const char *cand)
{
    return line_of_tail(pg, r->found ? (long)r->first : (long)pg->n - 1, title, cand, true);
}

/* heading_of_tail, up to block last; or, for raw text (headings false),
 * a line after the first that says it. */
static long line_of_tail(const Page *pg, long last, const char *title, const char *cand,
                         bool headings)
{
    size_t n = strlen(title), seps = 0;
    for (size_t at = 1; at < n && at <= SITE_NAME_MAX; at++) {
        size_t sl = title[at - 1] == ' ' ? 0 : text_title_sep(title + at);
        /* (or a colon: "Blog Name: Title" over the post's heading) */
        if (!sl && title[at] == ':' && title[at + 1] == ' ')
            sl = 2;
        if (!sl)
            continue;
        seps++;
        const char *tail = title + at + sl;
        /* (longer than what goes before it: not the site's name after the
         * title, "Today, I Only Care That You Vote. | Peter Shankman";
         * shorter only as the post's own heading, an h2 or h3 right over
         * the body: "Photography, Temecula - Lily Blog - tiny apple") */
        bool shorter = text_chars(tail, strlen(tail)) < text_chars(title, at);
        bool colon = title[at] == ':';
        if (shorter && (headings ? seps < 2 : !colon))
            continue;
        /* (headings: the first; raw text: the nearest the body, a few
         * lines above it at most: not a masthead's name far above) */
        for (long k = 0; k < (long)pg->n && k <= last - (headings ? 0 : 1) &&
                         (headings || k <= TAIL_NEAR);
             k++) {
            long i = headings ? k : last - k;
            const Block *b = &pg->blocks[i];
            /* (HTML: a heading, or a line of its own right over the body,
             * no link, as an old page sets its title in bold type) */
            bool near = i <= last && i + TAIL_NEAR >= last && b->kind != KIND_HEADING &&
                        b->link_density < 0.1 && !b->ends_sentence && !shorter;
            bool shows = headings ? (near || (b->kind == KIND_HEADING && b->heading <= 3 &&
                                              (b->link_density < 0.5 || b->heading > 1))) &&
                                        !(b->flags & (F_NAV | F_ASIDE | F_FOOTER))
                                  : !(b->flags & F_CUE);
            /* (raw text: a line right over the body that says the rest
             * after a blog's name and a colon, "Letters of Note: Vast
             * riddles") */
            if (shorter && (headings ? b->heading < 2 || i + TAIL_NEAR < last ||
                                           (b->flags & F_HOMELINK)
                                     : k > 2))
                continue;
            if (shows && b->chars >= 10 && text_loose_eq(b->text, tail) &&
                !similar(b->text, cand))
                return i;
        }
    }
    return -1;
}

/* Only the <title> speaks (its cleaned form cand): a line of the page
 * that says its first part(s), up to a separator, is the headline ("Title"
 * on the page of "Title - Section - Site"), else a heading that says its
 * last part(s).  The block, or -1. */
static long title_part_shown(const Page *pg, const Region *r, const char *title,
                             const char *cand)
{
    for (size_t i = 0; i < pg->n && (!r->found || i <= r->first); i++) {
        const Block *b = &pg->blocks[i];
        /* (not a link that is no heading: the logo's, "Blog Name »") */
        if (!(b->flags & F_TITLE) || b->chars < 4 ||
            (b->link_density >= 0.5 && b->kind != KIND_HEADING))
            continue;
        size_t span = text_loose_span(title, b->text);
        /* (past the part's closing marks, "Rapson-Inc. | Blog", and white
         * space the <title> doubles, "Title  | Blog") */
        while (span && title[span] && strchr(".!?)\"'", title[span]))
            span++;
        while (span && title[span] == ' ' && title[span + 1] == ' ')
            span++;
        /* (a line much like cand is cand, but for one that says more of
         * the <title> than cand does, up to a separator: "Update - v30.101"
         * of "Update - v30.101 | Site", no site's name after its dash) */
        bool more = span > strlen(cand) && text_loose_prefix(b->text, cand);
        if (similar(b->text, cand) && !more)
            continue;
        if (span && text_title_sep(title + span) && (text_loose_span(cand, b->text) || more))
            return (long)i;
    }
    return heading_of_tail(pg, r, title, cand);
}

/* The line before the body, the nearest, that a class calls the headline
 * (F_HEADCLASS), no link, of a title's length, when the page shows none of
 * the <title> (its cleaned form cand); -1 when none. */
static long classed_headline(const Page *pg, const Region *r, const char *title,
                             const char *cand)
{
    if (page_shows(pg, title, strlen(title)) || title_part_shown(pg, r, title, cand) >= 0)
        return -1;
    for (long i = r->found ? (long)r->first : -1; i >= 0; i--) {
        const Block *b = &pg->blocks[i];
        if ((b->flags & F_HEADCLASS) && b->link_density < 0.5 && b->chars >= 10 &&
            b->chars <= 300 && !(b->flags & (F_NAV | F_ASIDE | F_FOOTER)))
            return i;
    }
    return -1;
}

/* A copyright line's holder: "Valley Herald" of "© 2012 Valley Herald.
 * All rights reserved." or of "Copyright 2024 Valley Herald Ltd"; the
 * page's last line that gives one with a year, a photo's credit ("©
 * Jane Roe") having none.  NULL when there is none; else new. */
static char *copyright_holder(const Page *pg)
{
    for (size_t i = pg->n; i-- > 0;) {
        const char *t = pg->blocks[i].text, *c = strstr(t, "\xC2\xA9");
        if (!c && !(c = strstr(t, "Copyright")) && !(c = strstr(t, "COPYRIGHT")))
            continue;
        /* past the marks and the years */
        const char *q = c;
        bool year = false;
        for (;;) {
            size_t k = strspn(q, " :,-\xC2\xA9");
            if (!strncmp(q + k, "\xE2\x80\x93", 3))
                k += 3;
            if (!k && !strncasecmp(q, "copyright", 9))
                k = 9;
            else if (!k && q[0] >= '1' && q[0] <= '2' && strspn(q, "0123456789") == 4) {
                k = 4;
                year = true;
            } else if (!k && !strncasecmp(q, "by ", 3))
                k = 3;
            if (!k)
                break;
            q += k;
        }
        /* the name, up to a sentence's end, a comma, a bar or a year */
        size_t n = 0;
        while (q[n] && !strchr(",|;(\xC2", q[n]) && !(q[n] == '.' && (q[n + 1] == ' ' || !q[n + 1])) &&
               !(q[n] >= '0' && q[n] <= '9'))
            n++;
        year |= q[n] >= '1' && q[n] <= '2' && strspn(q + n, "0123456789") == 4;
        while (n && q[n - 1] == ' ')
            n--;
        if (year && n >= 2 && n <= 60 && text_has_letter(q, n) && !text_starts_ci(q, "all rights"))
            return text_clean(q, n, NULL);
    }
    return NULL;
}

/* The block that shows the headline (and is not body): the h1 that says
 * it, else a heading that does, else the h1 when it says it in other words
 * (other_words); -1 when none. */
static int showing_block(const Page *pg, const char *headline, int h1, bool other_words)
{
    if (h1 >= 0 && similar(pg->blocks[h1].text, headline))
        return h1;
    for (size_t i = 0; i < pg->n; i++)
        if (pg->blocks[i].kind == KIND_HEADING && similar(pg->blocks[i].text, headline))
            return (int)i;
    return other_words ? h1 : -1;
}

/* An og:title or twitter:title (cand[seo]) beside an og:url that is the
 * site's home, that says another thing than the <title> (cand[4]), and
 * that the page does not show where it shows the <title>'s words, is the
 * site's own tag copied to each of its pages (a blog's name and its front
 * page): it goes, and the <title> is the SEO voice. */
static int site_wide_seo(const Page *pg, char **cand, int seo)
{
    if (seo == 4 || !pg->meta.og_home || !cand[4] || !*cand[4] || agrees(cand[seo], cand[4]) ||
        agrees(cand[4], cand[seo]) || page_shows(pg, cand[seo], strlen(cand[seo])) ||
        !page_shows(pg, cand[4], strlen(cand[4])))
        return seo;
    for (int i = 2; i < 4; i++)
        if (cand[i])
            cand[i][0] = '\0';
    return 4;
}

/* An SEO title (seo) that a heading of the page shows in the same words
 * with the marks it dropped ("Chads World 15Flash" of a heading "Chad's
 * World 15-Flash"): the heading's form, the one a reader sees. */
static void shown_form(const Page *pg, Roles *a, bool seo)
{
    if (!seo || a->headline_block < 0)
        return;
    const Block *b = &pg->blocks[a->headline_block];
    size_t n = strlen(a->headline);
    /* (more characters: marks the title dropped, not quotes it
     * straightened, "Nike's" of "Nike’s") */
    if (b->kind != KIND_HEADING || b->chars <= text_chars(a->headline, n) ||
        !similar(b->text, a->headline) || !strncmp(b->text, a->headline, n) ||
        text_words(b->text, b->len) != text_words(a->headline, n))
        return;
    free(a->headline);
    a->headline = xstrndup(b->text, b->len);
}

/* A heading that is all a link to the front page: the site's name (its
 * logo, "Harbor Geek" over every page); NULL when there is none. */
static const char *home_heading(const Page *pg)
{
    for (size_t i = 0; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        if (b->kind == KIND_HEADING && (b->flags & F_HOMELINK) && b->link_density >= 0.9 &&
            b->chars >= 2 && b->len <= SITE_NAME_MAX)
            return b->text;
    }
    return NULL;
}

/* The h1 says an SEO title whole (raw[i]): what cleaning cut off it
 * ("Netz-Spott über FDP - Generalsekretär tritt zurück") is the
 * headline's, not the site's name; cand[i] is the h1's text again. */
static void uncut_shown(const Page *pg, int h1, char **cand, const char *const *raw, int n)
{
    for (int i = 2; i < n && h1 >= 0; i++)
        if (cand[i] && similar(pg->blocks[h1].text, raw[i]) && !similar(cand[i], raw[i])) {
            free(cand[i]);
            cand[i] = xstrndup(pg->blocks[h1].text, pg->blocks[h1].len);
        }
}

/* The agreeing sources may differ in punctuation and quotes: the form
 * that was written as one string (metadata) beats the h1, whose parts
 * come from separate elements; so does the <title> (cand[4]) the h1
 * (cand[1]) says in the same words, with marks between them that the h1's
 * parts leave out ("Kicker: Title" over a kicker's element and a
 * title's).  Which of the five candidates to take for best. */
static int written_form(char *const *cand, int best)
{
    static const int form[5] = {0, 2, 3, 1, 4};
    for (int o = 0; o < 5; o++)
        if (cand[form[o]] && similar(cand[form[o]], cand[best])) {
            best = form[o];
            break;
        }
    if (best == 1 && cand[4] && text_loose_eq(cand[4], cand[1]) &&
        text_chars(cand[4], strlen(cand[4])) > text_chars(cand[1], strlen(cand[1])))
        best = 4;
    return best;
}

/* The headline is the title most of the page's sources agree on: the
 * JSON-LD headline, the h1, and the SEO title (og:title, twitter:title and
 * the <title>, which copy one another, so one voice), each cleaned of a
 * site name.  Ties go to the first in that order. */
void headline_html(Page *pg, const Region *r, Roles *a)
{
    Meta *m = &pg->meta;
    const char *declared = m->site;
    int h1 = page_h1(pg, r, &declared);
    if (!declared)
        declared = home_heading(pg);
    char *holder = copyright_holder(pg);
    const Site site = {declared, {m->logo, holder}, m->url, pg};
    enum { N = 5 };
    char *cand[N] = {0};
    /* structured data: JSON-LD, else a meta tag's (microdata) */
    const char *sd = m->ld_headline ? m->ld_headline : m->md_headline;
    cand[0] = sd ? clean_title(sd, &site, false) : NULL;
    cand[1] = h1 >= 0 ? xstrndup(pg->blocks[h1].text, pg->blocks[h1].len) : NULL;
    cand[2] = m->og_title ? clean_title(m->og_title, &site, false) : NULL;
    cand[3] = m->twitter_title ? clean_title(m->twitter_title, &site, false) : NULL;
    cand[4] = m->title ? clean_title(m->title, &site, true) : NULL;
    const char *const raw[N] = {NULL, NULL, m->og_title, m->twitter_title, m->title};
    uncut_shown(pg, h1, cand, raw, N);
    /* a title that is only the site's name says nothing of the article,
     * when another source says something else (og:site_name as title) */
    bool other = false, named[N] = {0};
    for (int i = 0; i < N; i++) {
        named[i] = cand[i] && *cand[i] && names_site(cand[i], strlen(cand[i]), &site);
        other |= cand[i] && *cand[i] && !named[i];
    }
    for (int i = 0; i < N && other; i++)
        if (named[i])
            cand[i][0] = '\0';
    /* every source names only the site ("Springfield Free Press",
     * "Example.com"): the heading just before the body is the article's */
    bool any = false;
    for (int i = 0; i < N; i++)
        any |= named[i];
    if (any && !other && h1 < 0 && r->found) {
        long hd = heading_before_body(pg, r);
        if (hd >= 0) {
            free(cand[1]);
            cand[1] = xstrndup(pg->blocks[hd].text, pg->blocks[hd].len);
            h1 = (int)hd;
            for (int i = 0; i < N; i++)
                if (named[i])
                    cand[i][0] = '\0';
        }
    }
    /* og:title, twitter:title and <title> are usually copies of one SEO
     * title: they are one voice, beside the JSON-LD and the h1, and it is
     * og:title's when the page has one (else twitter:title's, else the
     * <title>'s) */
    int seo = cand[2] && *cand[2] ? 2 : cand[3] && *cand[3] ? 3 : 4;
    seo = site_wide_seo(pg, cand, seo);
    int best = -1, best_votes = 0;
    for (int i = 0; i < N; i++) {
        if (!cand[i] || !*cand[i])
            continue;
        int votes = 0;
        for (int j = 0; j < 2; j++)
            votes += cand[j] && agrees(cand[i], cand[j]);
        votes += cand[seo] && agrees(cand[i], cand[seo]);
        if (votes > best_votes) {
            best_votes = votes;
            best = i;
        }
    }
    /* the JSON-LD and the h1 agree, and the SEO title is the same title
     * cut short: without its kicker, or its tail */
    bool seo_cut = best >= 0 && best < 2 && best_votes == 2 && cand[0] && cand[1] &&
                   cand[seo] && *cand[seo] && !similar(cand[seo], cand[best]) &&
                   part_of(cand[seo], cand[best]);
    if (seo_cut)
        best = seo;
    /* without JSON-LD, an h1 and an SEO title that differ: the SEO title,
     * written as one string, unless it is the h1 with the site's name or a
     * date after it, or the h1 goes on past it (the h1 may carry a kicker) */
    bool seo_over_h1 = best == 1 && best_votes == 1 && !cand[0] && cand[seo] && *cand[seo] &&
                       !text_loose_prefix(cand[seo], cand[1]) &&
                       !goes_on(cand[1], cand[seo]) &&
                       !tail_after_sep(cand[seo], cand[1]);
    if (seo_over_h1)
        best = seo;
    if (best >= 0)
        best = written_form(cand, best);
    /* only the <title> speaks, in words the page does not show, over a
     * line before the body that a class calls the headline (an old page's
     * <span class=headline> under "Local News - Harbor Gazette") */
    long hc = best == 4 && h1 < 0 && m->title ? classed_headline(pg, r, m->title, cand[4]) : -1;
    if (hc >= 0) {
        cand[1] = xstrndup(pg->blocks[hc].text, pg->blocks[hc].len);
        h1 = (int)hc;
        best = 1;
    }
    /* only the SEO title speaks (og:title, twitter:title or the
     * <title>): the part of it the page shows */
    long shown = (best == 4 || (best >= 2 && !cand[0] && !cand[1])) && raw[best]
                     ? title_part_shown(pg, r, raw[best], cand[best])
                     : -1;
    if (shown >= 0) {
        free(cand[best]);
        cand[best] = xstrndup(pg->blocks[shown].text, pg->blocks[shown].len);
    }
    if (best >= 0) {
        a->headline = cand[best];
        cand[best] = NULL;
        a->headline_block = showing_block(pg, a->headline, h1, seo_over_h1 || seo_cut);
        shown_form(pg, a, best >= 2);
    }
    for (int i = 0; i < N; i++)
        free(cand[i]);
    free(holder);
}



static bool opens_with_dateline(const Block *b)
{
    Dateline d;
    if (!dateline_find(b->text, b->len, &d))
        return false;
    bool at_start = d.start == 0;
    dateline_free(&d);
    return at_start;
}

/* Where the first line (the <title>) says t, in its own quotes and
 * punctuation, with what closes it: 0 when it does not start with t. */
static size_t first_line_span(const char *first, const char *t)
{
    size_t span = text_loose_span(first, t), fl = strlen(first);
    for (int32_t c; span && span < fl;) {
        size_t k = utf8_decode(first, fl, span, &c);
        if (!(c == '?' || c == '!' || c == '.' || c == '"' || c == '\'' || c == ')' || c == ']' ||
              c == 0xBB || c == 0x201D || c == 0x2019 || c == 0x2026))
            break;
        span += k;
    }
    return span;
}

/* A first line of this many words or fewer may be the site's name ("The
 * Harbour Blog" over a blog post copied as text), not the page's title. */
#define SITE_NAME_WORDS 3

/* Raw text: the line just above the body (first_block) that reads like a
 * title, and is one the page repeats when repeated; -1 when none. */
static long title_above_body(Page *pg, long first_block, bool repeated)
{
    for (long k = 0; k < 6 && k <= first_block; k++) {
        long i = first_block - k;
        const Block *b = &pg->blocks[i];
        if (k == 0 && b->label == LABEL_CONTENT)
            continue;
        /* nor a notice, a credit or a button ("Subscribe to our newsletter") */
        if (byline_meta_line(b) || opens_with_dateline(b) || (b->flags & F_CUE))
            continue;
        if (b->words >= 3 && b->chars <= 250 && !(b->ends_sentence && b->chars > 120) &&
            b->text[b->len - 1] != ':') {
            /* (the page repeats a teaser too: not one under "Related") */
            bool listed = false;
            for (long j = i - 1; j >= 0 && j >= i - 3 && !listed; j--)
                listed = (pg->blocks[j].flags & F_LISTHEAD) != 0;
            return !repeated || ((b->flags & F_REPEAT) && !listed) ? i : -1;
        }
        if (b->chars > 250)
            break;
    }
    return -1;
}

/* Does the tail of a title, after its separators, read like a site's
 * name ("- BBC News", "| CTV News", "– BGR"): every word capitalised, no
 * quotes ("– das erwarten wir", "– „Extreme Gefahr“" are the title's)? */
static bool names_like_site(const char *tail)
{
    bool start = true, any = false;
    size_t n = strlen(tail);
    for (size_t i = 0; i < n;) {
        int32_t c;
        size_t at = i;
        i += utf8_decode(tail, n, i, &c);
        if (c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x2018 ||
            c == 0x2019 || c == 0xAB || c == 0xBB)
            return false;
        if (cp_letter(c) || cp_digit(c)) {
            /* (a short word in lower case between two capitalised ones:
             * "I Geek for Creativity") */
            if (start && !cp_upper(c) && !cp_digit(c)) {
                size_t w = strcspn(tail + at, " ");
                if (!any || w > 3 || !tail[at + w])
                    return false;
            }
            any = true;
            start = false;
        } else if (c == ' ') {
            start = true;
        }
    }
    return any;
}

/* Raw text: the title may stand on two lines, its kicker on one of its
 * own ("Kenia:" over "Nairobi von unten"), line i and the one before or
 * after it: the two are the title when the first line, the <title>, holds
 * them so.  A new string, or NULL. */
static char *two_line_title(const Page *pg, size_t i)
{
    const char *first = pg->blocks[0].text;
    const Block *b = &pg->blocks[i];
    for (int side = -1; side <= 1; side += 2) {
        long j = (long)i + side;
        if (j <= 0 || (size_t)j >= pg->n || pg->blocks[j].chars > 200 || !pg->blocks[j].words)
            continue;
        const Block *x = side < 0 ? &pg->blocks[j] : b, *y = side < 0 ? b : &pg->blocks[j];
        Buf two = {0};
        buf_add(&two, x->text, x->len);
        buf_addc(&two, ' ');
        buf_add(&two, y->text, y->len);
        size_t span = strstr(first, two.p) ? 0 : first_line_span(first, two.p);
        if (span) {
            buf_clear(&two);
            buf_add(&two, first, span);
        }
        char *t = span || strstr(first, two.p) ? text_clean(two.p, two.len, NULL) : NULL;
        buf_free(&two);
        if (t)
            return t;
    }
    return NULL;
}

/* Raw text: a line just above the body (first_block) that says the first
 * line's last part, the longer, after a separator ("Blog Name » Title"),
 * with no line nearer the body that says its first part ("Title | Blog"
 * over "Title"); -1 when none. */
static long tail_line(const Page *pg, long first_block)
{
    long tail = first_block > 0 ? line_of_tail(pg, first_block, pg->blocks[0].text, NULL, false)
                                : -1;
    for (long i = tail + 1; tail >= 0 && i < first_block; i++)
        if (pg->blocks[i].flags & F_TITLE)
            return -1;
    return tail;
}

/* Raw text: a line near the body's start that says the rest of the first
 * line (as long as its first part or longer, or three words or more that
 * do not read like a site's name), when a line well above it says that
 * first part ("Inside Example: Update" over "Inside Example" and "Update":
 * a blog's name, its description, its post's title; not a kicker on the
 * line over its title's); -1 when none. */
static long rest_line(const Page *pg, long first_block)
{
    const char *first = pg->blocks[0].text;
    for (long i = 1; i < first_block + TAIL_NEAR && (size_t)i < pg->n; i++) {
        const Block *a = &pg->blocks[i];
        const char *rest = a->words ? title_rest(first, a->text) : NULL;
        if (!rest)
            continue;
        size_t n = strlen(rest);
        if (text_chars(rest, n) < a->chars && (names_like_site(rest) || text_words(rest, n) < 3))
            return -1;
        /* (the first line that says the first part is the one: one pass) */
        for (long j = i + 2; j <= first_block + 2 * TAIL_NEAR && (size_t)j < pg->n; j++)
            if (text_loose_eqn(pg->blocks[j].text, pg->blocks[j].len, rest, n))
                return j;
        return -1;
    }
    return -1;
}

void headline_text(Page *pg, long first_block, Roles *a)
{
    if (first_block < 0)
        return;
    /* a line just above the body that says the first line's last part,
     * else one near it that says the rest after a blog's name */
    const Block *top = &pg->blocks[0];
    long tail = tail_line(pg, first_block);
    if (tail < 0)
        tail = rest_line(pg, first_block);
    if (tail >= 0) {
        a->headline = xstrndup(pg->blocks[tail].text, pg->blocks[tail].len);
        a->headline_block = (int)tail;
        pg->blocks[tail].label = LABEL_HEADLINE;
        return;
    }
    /* else the line the page's first line repeats, if it comes before the
     * body */
    for (size_t i = 0; i < (size_t)first_block; i++) {
        Block *b = &pg->blocks[i];
        if (b->flags & F_TITLE) {
            a->headline = xstrndup(b->text, b->len);
            a->headline_block = (int)i;
            b->label = LABEL_HEADLINE;
            const char *first = pg->blocks[0].text;
            char *two = two_line_title(pg, i);
            if (two) {
                free(a->headline);
                a->headline = two;
            }
            /* one line: as the first line writes it (its quotes, its
             * punctuation), when the first line is it and a site's name:
             * metadata written as one string, as in HTML */
            size_t span = strcmp(a->headline, b->text) || i == 0 ? 0 : first_line_span(first, b->text);
            if (span && (!first[span] || text_title_sep(first + span)) &&
                (span != b->len || memcmp(first, b->text, span) != 0)) {
                free(a->headline);
                a->headline = xstrndup(first, span);
            }
            /* a line that repeats the whole first line ("Title - Site") is
             * the title without the site's name, as the first line gives */
            if (text_loose_eq(a->headline, first)) {
                char *t = headline_clean_title(first, NULL, NULL, true);
                size_t kept = first_line_span(first, t);
                if (text_chars(t, strlen(t)) >= 10 && strlen(t) < strlen(a->headline) && kept &&
                    names_like_site(first + kept)) {
                    free(a->headline);
                    a->headline = t;
                } else {
                    free(t);
                }
            }
            /* a kicker alone ("Waffenlieferungen an Israel:") is no
             * headline: the first line, which it starts, says the rest */
            size_t hl = strlen(a->headline);
            /* (or a short kicker without its colon, where the first line
             * goes on with one set after a space, as French sets it, and a
             * longer rest: "Guerre en Ukraine" of "Guerre en Ukraine :
             * Zelensky appelle ...") */
            bool starts = !strncmp(first, b->text, b->len);
            const char *more = starts ? first + b->len : "";
            bool spaced = !strncmp(more, " : ", 3) && b->words <= KICKER_WORDS &&
                          text_chars(more + 3, strlen(more + 3)) > text_chars(b->text, b->len);
            if (hl && starts && (a->headline[hl - 1] == ':' || spaced)) {
                char *t = headline_clean_title(first, NULL, NULL, true);
                if (strlen(t) > hl) {
                    free(a->headline);
                    a->headline = t;
                } else {
                    free(t);
                }
            }
            return;
        }
    }
    /* else the page's first line, when it is a <title> (a WET record's
     * first line: "Headline | Site"), without the site's name */
    if (first_block > 0 && top->words >= 3 && top->chars <= 250 && !(top->flags & F_CUE) &&
        !byline_meta_line(top)) {
        char *t = headline_clean_title(top->text, NULL, NULL, true);
        if (strlen(t) == top->len) {
            /* (a site's name as long as a short title: "Ferry service
             * resumes | Harbour Gazette", a few words, each capitalised) */
            size_t tail, at = text_last_title_sep(top->text, top->len, 0, &tail), words = 1;
            /* (its capitalised words: "I Geek for Creativity" has three) */
            for (size_t k = tail; k < top->len; k++)
                words += top->text[k] == ' ' && !(top->text[k + 1] >= 'a' && top->text[k + 1] <= 'z');
            if (at < top->len && words <= SITE_NAME_WORDS && names_like_site(top->text + tail)) {
                free(t);
                t = text_clean(top->text, at, NULL);
            }
        }
        if (strlen(t) < top->len && text_chars(t, strlen(t)) >= 10) {
            a->headline = t;
            a->headline_block = 0;
            pg->blocks[0].label = LABEL_HEADLINE;
            return;
        }
        free(t);
    }
    /* else the line just above the body that reads like a title, when the
     * page shows it more than once (the h1, and the same in a breadcrumb or
     * a share box); else the first line as it stands, when it reads like a
     * title and is longer than a site's name; else the line above the
     * body, once */
    long i = title_above_body(pg, first_block, true);
    if (i < 0 && first_block > 0 && top->words > SITE_NAME_WORDS && top->chars <= 200 && !top->ends_sentence &&
        !(top->flags & F_CUE) && !byline_meta_line(top) && top->text[top->len - 1] != ':')
        i = 0;
    if (i < 0)
        i = title_above_body(pg, first_block, false);
    if (i >= 0) {
        Block *b = &pg->blocks[i];
        a->headline = xstrndup(b->text, b->len);
        a->headline_block = (int)i;
        b->label = LABEL_HEADLINE;
    }
}
