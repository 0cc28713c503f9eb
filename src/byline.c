/* byline: who wrote the article and when, as the page prints and declares it. */
#include "byline.h"

#include <stdlib.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "date.h"
#include "text.h"
#include "words.h"

/* Raw text: lines above the headline looked at for its date. */
#define ABOVE_HEADLINE 3
/* lines past the first of the body where a date's label on a line of its own is read */
#define LABEL_DATE_REACH 8
/* raw text: a date stamp under the article is this short at most */
#define STAMP_CHARS 40
#define STAMP_WORDS 8
/* raw text: a date stamp right under the article may say its update or
 * its source too (numbers count as words: "SRF 4 News, 15.4.2024, 10:05 Uhr")
 * ("5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)") */
#define UNDER_CHARS 60
#define UNDER_WORDS 12
/* lines between the headline and the body's first over which the date
 * nearest the body is looked for first */
#define FAR_HEADLINE 12
/* lines right under the headline looked at first for its date */
#define UNDER_HEADLINE 4
/* raw text: the first lines where the day a page prints over its menus,
 * today's, may stand */
#define MASTHEAD_LINES 12
/* bytes before the date in a date line that the body holds ("Bruselas - ") */
#define DATE_LEAD 24
/* bytes of a date (and its time) that is the last part of its line */
#define DATE_PART 24
/* raw text: lines after the body's last where its date may stand */
#define AFTER_BODY 8
/* A byline that says "by" ("Von Jane Roe") is looked for this many blocks
 * into the body too, after a lead or a picture's caption */
#define BY_LATE 25

/* ---- dateline and paragraphs ------------------------------------------ */

static size_t by_prefix(const char *s);
static bool person_name(const char *s, size_t n);
static int dated_line(const char *s);

bool byline_meta_line(const Block *b)
{
    /* bylines, dates, "View Date:", "Updated ...", "Posted on ... by ..." */
    if (b->digits * 4 >= b->chars && b->chars < 60)
        return true;
    if (by_prefix(b->text) || (b->chars < 120 && dated_line(b->text)))
        return true;
    /* (a label and a date: not a title's kicker, "Coronavirus in Odisha:
     * ... Covid-19 ...") */
    const char *colon = strchr(b->text, ':');
    char when[48];
    return colon && colon - b->text < 25 && b->digits >= 4 &&
           date_iso(colon + 1, when, sizeof when);
}


/* The length of p when s starts with it, else 0 (compared in place). */
static size_t prefix_len(const char *s, const char *p)
{
    size_t k = 0;
    while (p[k] && s[k] == p[k])
        k++;
    return p[k] ? 0 : k;
}

static size_t spaces(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == ' ';
    return n;
}


static size_t by_prefix(const char *s)
{
    /* the words that may start s, by its first two bytes (in list order) */
    const TextPhrases *by = &phrases_byline_by_words;
    if (s[0] && s[1])
        for (uint64_t set = by->first[s[0] & 31] & by->second[s[1] & 31]; set; set &= set - 1) {
            size_t k = prefix_len(s, by->list[__builtin_ctzll(set)]);
            if (k)
                return k;
        }
    /* glued to the name, as text taken from markup can be: "byJane Doe" */
    size_t n = (s[0] == 'b' || s[0] == 'B') && s[1] == 'y' ? 2
               : (s[0] == 'v' || s[0] == 'V') && s[1] == 'o' && s[2] == 'n' ? 3
                                                                           : 0;
    if (n && s[n] >= 'A' && s[n] <= 'Z' && s[n + 1] >= 'a' && s[n + 1] <= 'z')
        return n;
    return 0;
}

/* test(s) at the start of s, else at the start of a part of it after
 * one of seps (each a space, then punctuation); *at: where (s when test
 * holds nowhere).  Returns what test returned. */
static size_t part_with(const char *s, const char *const *seps, size_t (*test)(const char *),
                        const char **at)
{
    *at = s;
    size_t n = test(s);
    for (const char *p = strchr(s, ' '); !n && p; p = strchr(p + 1, ' ')) {
        unsigned char c = (unsigned char)p[1] | 0x20;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            continue; /* a word after the space: no separator */
        for (const char *const *sep = seps; *sep && !n; sep++) {
            size_t k = prefix_len(p, *sep);
            if (k) {
                *at = p + k;
                n = test(*at);
            }
        }
    }
    if (!n)
        *at = s;
    return n;
}

/* by_prefix at the start of s or of a part of it after a separator
 * ("Do 25.04.24 | 14:07 Uhr | Von Eva Roe"); *at: where. */
static size_t by_part(const char *s, const char **at)
{
    return part_with(s, words_byline_by_seps, by_prefix, at);
}

/* What the piece is, then "by" and a person's name: "Kolumne von Lars
 * Brunckhorst", "A column by Jane Roe".  Returns where the name starts, or
 * NULL. */
static const char *kind_by(const Block *b)
{
    /* a picture's kind makes it a credit: "Portrait by George Del Barrio" */
    if (b->chars > 80 || b->words > 7 || b->ends_sentence)
        return NULL;
    const char *s = b->text;
    size_t first = strcspn(s, " ");
    if (text_is_one_of(s, first, ":", words_byline_picture_kinds))
        return NULL;
    /* one or two words first */
    size_t words = 1;
    for (const char *p = s; *p && words <= 2; p++) {
        if (*p != ' ')
            continue;
        for (const char *const *w = words_byline_kind_by; *w; w++)
            if (prefix_len(p, *w)) {
                /* (a separator may close the line: "Kolumne von Jane Roe -",
                 * its date on the next) */
                const char *name = p + strlen(*w);
                size_t n = strlen(name);
                while (n > 2 && name[n - 2] == ' ' && strchr("-|", name[n - 1]))
                    n -= 2;
                return person_name(name, n) ? name : NULL;
            }
        words++;
    }
    return NULL;
}

/* A line that is only a byline's label: "By", "von", "Author of the
 * article:". */
static bool by_label(const Block *b)
{
    if (b->chars > 24)
        return false;
    if (text_is_one_of(b->text, b->len, ":", words_byline_by_labels))
        return true;
    /* what the piece is, then "by": "Kommentar von", "A column by" */
    const char *last = strrchr(b->text, ' ');
    return last && b->words <= 3 && !b->ends_sentence &&
           text_is_one_of(last + 1, strlen(last + 1), ":", words_byline_by_labels) && strlen(last + 1) <= 3;
}

/* Words that make a part of a byline a job title, not a name. */
static bool title_word(const char *s, size_t n)
{
    if (!n)
        return false;
    Buf low = {0};
    text_lower(&low, s, n);
    bool hit = false;
    for (const char *const *w = words_byline_job_words; *w && !hit; w++)
        hit = strstr(low.p, *w) != NULL;
    buf_free(&low);
    return hit;
}

/* A site's account, not a person: "Admin" of "Posted by Admin". */
static bool account_name(const char *s)
{
    return text_is_one_of(s, strlen(s), ".", words_byline_accounts);
}

/* A month's or a weekday's name alone ("April", "Dec"): a date's, never a
 * person's. */
static bool date_word(const char *s)
{
    size_t n = strlen(s);
    return date_month_name(s, n) || text_is_one_of(s, n, ".,", words_dateline_days);
}

/* s[0..n) without the words after a name whose date was cut ("Seth Godin
 * on", "Jane Roe publiziert am": src/words/byline-name-trailers.txt and a
 * date's labels); returns the length left. */
static size_t trim_trailers(const char *s, size_t n, bool dated)
{
    for (bool cut = true; cut;) {
        cut = false;
        size_t sp = n;
        while (sp && s[sp - 1] != ' ')
            sp--;
        const char *w = s + sp;
        size_t wl = n - sp;
        bool trailer = text_is_one_of(w, wl, "", words_byline_name_trailers) ||
                       text_is_one_of(w, wl, ":", words_byline_date_labels);
        /* (a weekday after such a word, its date cut: "timothy on Tuesday") */
        if (!trailer && sp && text_is_one_of(w, wl, ".,", words_byline_weekdays)) {
            size_t before = sp - 1;
            while (before && s[before - 1] != ' ')
                before--;
            const char *v = s + before;
            if (v[0] >= 'a' && v[0] <= 'z' &&
                text_is_one_of(v, sp - 1 - before, "", words_byline_name_trailers)) {
                n = before ? before - 1 : 0;
                cut = true;
                continue;
            }
        }
        /* (a short one only in lower case: "Thanh Le" is a name; but a
         * title-case byline's "On" or "At" before its cut date, "By Ann
         * Lee On 11/13/19") */
        bool title_case = dated && wl == 2 && (!strncmp(w, "On", 2) || !strncmp(w, "At", 2));
        if (trailer && ((w[0] >= 'a' && w[0] <= 'z') || wl >= 4 || title_case)) {
            n = sp ? sp - 1 : 0;
            while (n && (s[n - 1] == '.' || s[n - 1] == ',' || s[n - 1] == ' '))
                n--;
            cut = true;
        }
    }
    return n;
}

/* Is s four words or more in lower case, none capitalised, where a
 * script has capitals: a sentence's words, never a name's ("submitting
 * your information you agree to the")? */
static bool sentence_words(const char *s)
{
    size_t words = 1, n = strlen(s);
    bool upper = false, lower = false;
    for (size_t i = 0; i < n;) {
        int32_t c;
        words += s[i] == ' ';
        i += utf8_decode(s, n, i, &c);
        upper |= cp_upper(c);
        lower |= cp_lower(c);
    }
    return words >= 4 && lower && !upper;
}

/* Is s seven words or more, in a script with capitals and every letter
 * one ("CHAMPIONING CREATIVITY ACROSS THE ART AND DESIGN WORLD"; two
 * names, "CHARLES ROE AND DAVID DOE", are fewer)? */
static bool shouted_words(const char *s)
{
    size_t words = 1, n = strlen(s);
    bool upper = false, other = false; /* (a small letter, or one of a script without case) */
    for (size_t i = 0; i < n && !other;) {
        int32_t c;
        words += s[i] == ' ';
        i += utf8_decode(s, n, i, &c);
        upper |= cp_upper(c);
        other = cp_letter(c) && !cp_upper(c);
    }
    return words >= 7 && upper && !other;
}

/* Is s never a name: a sentence's words, a cry, a slogan in capitals? */
static bool no_name(const char *s)
{
    size_t n = strlen(s);
    return sentence_words(s) || (n && (s[n - 1] == '!' || s[n - 1] == '?')) || shouted_words(s);
}

/* Is s what a "Sort by" menu offers ("Type", "Date"), no name? */
static bool sort_key(const char *s)
{
    return text_is_one_of(s, strlen(s), ".: ", words_byline_sort_keys);
}

/* Where " in " and a capitalised word follow names in s: a post's
 * category or a place ("Posted by Ann Lee in News", "Gary Younge in
 * Sarasota"; no name holds "in"), else NULL. */
static const char *category_at(const char *s)
{
    const char *in = strstr(s, " in ");
    return in && in > s && in[4] >= 'A' && in[4] <= 'Z' ? in : NULL;
}

/* Make a candidate name the shape of one, in place, or say it has none:
 * a category after it (category_at), words after it whose date was cut
 * (trim_trailers), digits glued to its end ("Lucas Nolan22"), an
 * unmatched bracket ("Morgane Tual)"), the name printed twice ("Sean
 * Martin Sean Martin"); no name is a month alone, holds two digits in a
 * row, ends with "!" or "?", or is a slogan in capitals (shouted_words). */
static bool name_shape(char *name)
{
    size_t n = strlen(name);
    const char *in = category_at(name);
    if (in)
        n = (size_t)(in - name);
    n = trim_trailers(name, n, false);
    name[n] = '\0';
    while (n > 2 && name[n - 1] >= '0' && name[n - 1] <= '9' && name[n - 2] != ' ')
        name[--n] = '\0';
    if (n && (name[n - 1] == ')' || name[n - 1] == ']') && !strchr(name, name[n - 1] == ')' ? '(' : '['))
        name[--n] = '\0';
    while (n && name[n - 1] == ' ')
        name[--n] = '\0';
    if (n % 2 == 1 && name[n / 2] == ' ' && !strncmp(name, name + n / 2 + 1, n / 2))
        name[n /= 2] = '\0';
    for (size_t i = 0; i + 1 < n; i++)
        if (name[i] >= '0' && name[i] <= '9' && name[i + 1] >= '0' && name[i + 1] <= '9')
            return false;
    /* (nor are four words or more, none capitalised: a sentence's, "By
     * submitting your information you agree to the") */
    if (no_name(name))
        return false;
    /* (nor is a byline's label, "von" of "Ein Beitrag von", nor a link to
     * the comments beside the name: "No Comments", "Keine Kommentare") */
    for (size_t i = 0; i < n;) {
        size_t w = strcspn(name + i, " ");
        if (text_is_one_of(name + i, w, "", words_page_thread_words))
            return false;
        i += w + (name[i + w] == ' ');
    }
    return n >= 2 && !date_word(name) && !text_is_one_of(name, n, ":", words_byline_by_labels);
}

/* The length of s[0..n) without a job glued to the name, as text taken
 * from markup can be: "Sophie FosterTravel News Reporter" (but "McDonald"
 * is one name). */
static size_t unglue_job(const char *s, size_t n)
{
    for (size_t k = 1; k + 1 < n; k++)
        if (s[k - 1] >= 'a' && s[k - 1] <= 'z' && s[k] >= 'A' && s[k] <= 'Z' && s[k + 1] >= 'a' &&
            s[k + 1] <= 'z' && memchr(s, ' ', k) && title_word(s + k, n - k))
            return k; /* (a name of two words or more first: not "AdWords Manager") */
    return n;
}

/* Does s[0..n) end with a name's abbreviation, not a sentence's stop: a
 * capital, at most one small letter and a full stop, after a space ("Ann
 * Lee Jr.", "John A."; not "Ann Lee.")? */
static bool abbreviation_end(const char *s, size_t n)
{
    if (n < 4 || s[n - 1] != '.')
        return false;
    size_t k = n - 1;
    while (k && s[k - 1] >= 'a' && s[k - 1] <= 'z' && n - 1 - k < 1)
        k--;
    return k >= 2 && s[k - 1] >= 'A' && s[k - 1] <= 'Z' && s[k - 2] == ' ';
}

static void add_author(Roles *a, const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == ','))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == ',' || (s[n - 1] == '.' && !abbreviation_end(s, n))))
        n--;
    size_t by = by_prefix(s);
    s += by;
    n -= by < n ? by : n;
    n = unglue_job(s, n);
    /* (a job after a dash: "Ann Lee - Staff Writer") */
    for (size_t k = 1; k + 3 < n; k++)
        if (s[k - 1] == ' ' && (s[k] == '-' || !strncmp(s + k, "\xE2\x80\x93", 3) ||
                                !strncmp(s + k, "\xE2\x80\x94", 3)) &&
            title_word(s + k, n - k)) {
            n = k - 1;
            break;
        }
    if (n < 2 || n > 80 || memchr(s, '@', n) || memchr(s, '/', n) || memchr(s, ':', n))
        return;
    /* (an agency after a whole name, with a space alone between: "ANN LEE
     * Associated Press" is the name and the agency, as with a comma) */
    for (const char *const *w = words_byline_agencies; *w; w++) {
        size_t wl = strlen(*w), h = n > wl ? n - wl : 0;
        /* (or glued to it, as text taken from markup runs them together:
         * "Hillel ItalieThe Associated Press") */
        bool glued = h > 1 && s[h - 1] >= 'a' && s[h - 1] <= 'z' && s[h] >= 'A' && s[h] <= 'Z';
        size_t head = glued ? h : h - 1, from = h;
        if (!glued && h >= 5 && !strncmp(s + h - 4, "The", 3) && s[h - 5] >= 'a' && s[h - 5] <= 'z')
            head = from = h - 4; /* ("ItalieThe Associated Press") */
        if (n > wl + 1 && (s[h - 1] == ' ' || glued) && !strncasecmp(s + h, *w, wl) &&
            memchr(s, ' ', head) && (cp_letter((unsigned char)s[head - 1]) || s[head - 1] == '.')) {
            add_author(a, s, head);
            add_author(a, s + from, n - from);
            return;
        }
    }
    size_t len;
    char *name = text_clean(s, n, &len);
    /* (a name has letters: not "·") */
    if (!text_has_letter(name, len) || account_name(name) || !len || !name_shape(name)) {
        free(name);
        return;
    }
    text_add_unique(&a->authors, &a->n_authors, name, 20);
}

/* News agencies, which bylines name after the people ("Jane Doe, dpa"). */
static bool agency(const char *s, size_t n)
{
    for (const char *const *w = words_byline_agencies; *w; w++)
        if (strlen(*w) == n && !strncasecmp(s, *w, n))
            return true;
    return false;
}

/* Names out of a byline: "By Kim Tong-hyung and Jim Heintz", "Jane Doe,
 * Staff Writer", "Anna A; Ben B" */
static void authors_from(Roles *a, const char *line)
{
    const char *p = line + by_prefix(line);
    /* "Posted on March 10, 2015 by Jane Doe": the names follow "by" */
    if (p == line) {
        const char *by = strstr(line, " by ");
        if (!by)
            by = strstr(line, " By ");
        if (by && strpbrk(line, "0123456789") < by && strpbrk(line, "0123456789"))
            p = by + 4;
    }
    const char *category = category_at(p);
    size_t n = category ? (size_t)(category - p) : strlen(p);
    size_t start = 0, first_dropped = 0, first_dropped_len = 0, before = a->n_authors;
    bool titled = false;
    for (size_t i = 0; i <= n; i++) {
        size_t sl = 0;
        if (i < n && (p[i] == ' ' || p[i] == ';' || p[i] == ',')) /* (as words_byline_name_seps start) */
            for (const char *const *sp = words_byline_name_seps; *sp; sp++)
                if (!strncmp(p + i, *sp, strlen(*sp))) {
                    sl = strlen(*sp);
                    break;
                }
        if (i == n || sl) {
            size_t len = i - start;
            for (size_t k = 0; k < len; k++) {
                unsigned char c = (unsigned char)p[start + k];
                /* a number (a date, a count) ends the name; a digit inside a
                 * word ("BR24") does not */
                bool number = c >= '0' && c <= '9' && (k == 0 || p[start + k - 1] == ' ');
                /* a date that starts with the month: "Jane Doe March 25, 2015" */
                number |= k > 0 && p[start + k - 1] == ' ' && date_month_first(p + start + k);
                /* a separator ends the names, glued to them or not: "|",
                 * "•", "·" ("Maria Lopez·5 min read") */
                if (number || c == '|' ||
                    (c == 0xE2 && k + 2 < len && (unsigned char)p[start + k + 1] == 0x80 &&
                     (unsigned char)p[start + k + 2] == 0xA2) ||
                    (c == 0xC2 && k + 1 < len && (unsigned char)p[start + k + 1] == 0xB7)) {
                    len = k;
                    break;
                }
            }
            /* "Elena Oberholzer (obe)": initials in parentheses go; in the
             * middle of a name ("Richard (R.J.) Eskow") they stay */
            const char *paren = memchr(p + start, '(', len);
            const char *shut = paren ? memchr(paren, ')', len - (size_t)(paren - (p + start))) : NULL;
            bool inside_name = shut && shut + 2 < p + start + len && shut[1] == ' ' &&
                               cp_upper((unsigned char)shut[2]);
            if (paren && paren > p + start && !inside_name)
                len = (size_t)(paren - (p + start));
            /* "신현주 기자", "山田太郎 記者": a reporter's title after the name */
            for (const char *const *sf = words_byline_name_suffixes; *sf; sf++) {
                size_t sfl = strlen(*sf);
                if (len > sfl && !strncmp(p + start + len - sfl, *sf, sfl))
                    len -= sfl;
            }
            /* "Anna Sleegers, Frankfurt": one word after a comma is a place */
            size_t t = len;
            while (t && p[start + t - 1] == ' ')
                t--;
            bool one_word = !memchr(p + start, ' ', t);
            bool after_comma = start >= 2 && p[start - 2] == ',' && !agency(p + start, t);
            len = unglue_job(p + start, len);
            /* "Jane Doe, Senior Technologist, Project X": what follows a job
             * title describes it */
            if (titled)
                ;
            else if (!title_word(p + start, len) && !(after_comma && one_word && a->n_authors))
                add_author(a, p + start, len);
            else if (len) {
                titled = a->n_authors > before;
                if (!first_dropped_len)
                    first_dropped = start, first_dropped_len = len;
            }
            if (i < n)
                i += sl - 1;
            start = i + 1;
        }
    }
    /* only a desk ("By MND Staff"): that is the author */
    if (a->n_authors == before && first_dropped_len) {
        char *part = xstrndup(p + first_dropped, first_dropped_len);
        if (!dated_line(part) && !strpbrk(part, "0123456789:"))
            add_author(a, part, first_dropped_len);
        free(part);
    }
}

/* A name that is the site's own: "WDR", "mdr.de", "Deutsche Welle
 * (www.dw.com)", the og:site_name, or a word of the page's domain. */
static bool site_name(const char *name, const Meta *m)
{
    if (strstr(name, "www.") || strstr(name, ".com") || strstr(name, ".de") ||
        strstr(name, ".co") || strstr(name, ".net") || strstr(name, ".org"))
        return true;
    if (m->site && (text_loose_eq(name, m->site) || strstr(m->site, name)))
        return true;
    size_t nl = strlen(name);
    if (m->site && nl >= 2 && !strncasecmp(m->site, name, nl) &&
        (m->site[nl] == '.' || m->site[nl] == '\0'))
        return true; /* "WDR" and "wdr.de" */
    if (m->url && nl >= 2) {
        /* a label of the canonical URL's host: "WDR" in www1.wdr.de */
        const char *h = strstr(m->url, "://");
        h = h ? h + 3 : m->url;
        size_t host = strcspn(h, "/:?");
        for (const char *l = h; l < h + host;) {
            size_t ll = strcspn(l, "./:?");
            if (ll == nl && !strncasecmp(l, name, nl))
                return true;
            /* "Stuttgarter Zeitung" in www.stuttgarter-zeitung.de */
            char *label = xstrndup(l, ll);
            bool same = ll >= 4 && text_loose_eq(label, name);
            free(label);
            if (same)
                return true;
            l += ll + 1;
        }
    }
    return false;
}

/* When the page names people, names that are only the site's go. */
static void drop_site_names(Roles *a, const Meta *m)
{
    size_t people = 0;
    for (size_t i = 0; i < a->n_authors; i++)
        people += !site_name(a->authors[i], m);
    if (!people) {
        for (size_t i = 0; i < a->n_authors; i++)
            free(a->authors[i]);
        a->n_authors = 0;
        return;
    }
    size_t k = 0;
    for (size_t i = 0; i < a->n_authors; i++) {
        if (site_name(a->authors[i], m))
            free(a->authors[i]);
        else
            a->authors[k++] = a->authors[i];
    }
    a->n_authors = k;
}

/* s with each "/" between names made "; ", for authors_from. */
static char *xstrdup_sep(const char *s)
{
    Buf b = {0};
    for (; *s; s++) {
        if (*s == '/')
            buf_adds(&b, "; ");
        else
            buf_addc(&b, *s);
    }
    return buf_take(&b);
}

/* Is s[0..n) a person's name as bylines print it: two to four words, each
 * capitalised, of letters, hyphens, apostrophes and dots ("Mary-Ann
 * O'Neil", "Miguel A. Herguedas")? */
static bool person_name(const char *s, size_t n)
{
    size_t words = 0;
    bool start = true;
    for (size_t i = 0; i < n;) {
        int32_t c;
        i += utf8_decode(s, n, i, &c);
        if (c == ' ') {
            start = true;
            continue;
        }
        if (start) {
            if (!cp_upper(c))
                return false;
            words++;
            start = false;
        } else if (!cp_letter(c) && c != '-' && c != '\'' && c != '.' && c != 0x2019) {
            return false;
        }
    }
    return words >= 2 && words <= 4;
}

/* The length of a word that joins two names at s (" and ", " & "), or 0. */
static size_t joiner(const char *s)
{
    for (const char *const *j = words_byline_joiners; *j; j++) {
        size_t k = prefix_len(s, *j);
        if (k)
            return k;
    }
    return 0;
}

/* The lower-case words of names: "Michelle de Oliveira", "Ludwig van Beethoven". */
static size_t particles(const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        size_t k = strcspn(p, " ");
        if (k && p != s)
            for (const char *const *w = words_byline_particles; *w; w++)
                n += strlen(*w) == k && !strncmp(p, *w, k);
        p += k;
    }
    return n;
}

/* A line that is only names: "Mohloai Mpesi", "Ann Lee/Bo Kim", "Jane Roe
 * and John Doe".  Two to eight words, each capitalised but for a name's
 * particles, no digits, no sentence end. */
static bool names_in(const char *s, size_t n);

static bool name_line_n(const Block *b, size_t n)
{
    if (b->chars < 5 || b->chars > 60 || b->words < 2 || b->words > 8 || b->digits ||
        b->ends_sentence || b->kind == KIND_HEADING || b->link_density > 0.5)
        return false;
    if (b->upper_words != b->words &&
        (b->upper_words + particles(b->text) != b->words || !cp_upper((unsigned char)b->text[0])))
        return false;
    return names_in(b->text, n);
}

static bool name_line(const Block *b)
{
    return name_line_n(b, b->len);
}

/* Raw text: the length of the name that opens a line and a job title
 * that follows it ("Thabo Roe Parliamentary editor", "Ann Lee Deputy
 * Director"): the first two words, or 0. */
static size_t name_then_job(const Block *b)
{
    if (b->chars > 60 || b->words < 3 || b->words > 7 || b->digits || b->ends_sentence ||
        b->link_density > 0.5)
        return 0;
    const char *sp = strchr(b->text, ' ');
    sp = sp ? strchr(sp + 1, ' ') : NULL;
    if (!sp)
        return 0;
    size_t n = (size_t)(sp - b->text);
    /* (the job's last word is the line's: not "CNN Political Reporter
     * Jane Roe") */
    const char *last = strrchr(b->text, ' ') + 1;
    bool job = title_word(last, strlen(last)) && !title_word(b->text, n);
    return job && person_name(b->text, n) ? n : 0;
}

/* The length of s[0..n) without a count of up to three digits glued to
 * its last word ("Rachel Roe0"). */
static size_t glued_count(const char *s, size_t n)
{
    size_t k = n;
    while (k && s[k - 1] >= '0' && s[k - 1] <= '9')
        k--;
    /* (k is where the digits start: a letter, not a space, before them) */
    return k < n && n - k <= 3 && k > 1 && s[k - 1] != ' ' ? k : n;
}

/* Raw text, after a byline's label: a line of names, one that a comma
 * closes (the next name on the next line), or one whose last part is a
 * place or an agency ("Anna Roe und Ben Doe, Sweidah"). */
static bool label_names(const Block *b)
{
    if (name_line(b))
        return true;
    if (!b->len || b->chars > 60 || b->ends_sentence)
        return false;
    /* a comma that closes it, or a count glued to it as a link's badge
     * becomes ("Rachel Roe0") */
    size_t n = b->text[b->len - 1] == ',' ? b->len - 1 : glued_count(b->text, b->len);
    /* (or a separator after it, the rest of its row: "Grace Randolph ||") */
    size_t sep = b->len;
    while (sep && (b->text[sep - 1] == '|' || b->text[sep - 1] == '/'))
        sep--;
    if (sep < b->len && sep && b->text[sep - 1] == ' ')
        n = sep - 1;
    if (n < b->len && b->upper_words == b->words && names_in(b->text, n))
        return true;
    /* a place after the last comma: one capitalised word */
    const char *comma = NULL;
    for (size_t k = b->len; k-- > 0 && !comma;)
        if (b->text[k] == ',')
            comma = b->text + k;
    size_t tail = comma ? b->len - (size_t)(comma + 1 - b->text) : 0;
    return tail >= 2 && comma[1] == ' ' && !memchr(comma + 2, ' ', tail - 1) &&
           cp_upper((unsigned char)comma[2]) && names_in(b->text, (size_t)(comma - b->text));
}

/* The names of s[0..n): two to four words each, joined by "and", a
 * comma, a slash or a bar. */
static bool names_in(const char *s, size_t n)
{
    size_t words = 0, part = 0; /* in the name being read: two to four; where it starts */
    bool in_word = false;
    for (size_t i = 0; i <= n; i++) {
        unsigned char c = i < n ? (unsigned char)s[i] : '/';
        /* names joined: "A and B", "A und B", "A og B", "A & B", "A | B" */
        size_t join = c == ' ' ? joiner(s + i) : 0;
        if (join && words >= 2 && words <= 4) {
            words = 0;
            in_word = false;
            i += join - 1;
            part = i + 1;
            continue;
        }
        if (c == '/' || c == ',' || c == '|') {
            /* (or an agency's name: "Jane Roe and AP") */
            size_t k = part;
            while (k < i && s[k] == ' ')
                k++;
            if ((words < 2 || words > 4) && !(words == 1 && agency(s + k, i - k)))
                return false;
            words = 0;
            in_word = false;
            part = i + 1;
        } else if (c == ' ') {
            in_word = false;
        } else if (c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && c != '-' &&
                   c != '\'' && c != '.') {
            return false;
        } else if (!in_word) {
            in_word = true;
            words++;
        }
    }
    return true;
}

/* The byline as printed, up to what follows it in the same element: a
 * date or time ("By Tim Childers - Contributor 2019-11-19T12:48Z Space"). */
/* The length of s[0..n) without the separators and spaces at its end
 * ("By Ann Lee •", "Mary · Quickies ·"). */
static size_t trim_separators(const char *s, size_t n)
{
    for (bool more = true; more;) {
        more = false;
        while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '-' || s[n - 1] == '|' ||
                         s[n - 1] == ',' || s[n - 1] == '/'))
            n--;
        if (n >= 3 && !memcmp(s + n - 3, "\xE2\x80\xA2", 3))
            n -= 3, more = true;
        else if (n >= 2 && !memcmp(s + n - 2, "\xC2\xB7", 2))
            n -= 2, more = true;
    }
    return n;
}

static char *byline_text(const Page *pg, const char *s, size_t n)
{
    /* "on March 10, 2015 by Jane Doe": from "by" on */
    for (size_t i = 1; i + 4 < n; i++)
        if ((!strncmp(s + i, " by ", 4) || !strncmp(s + i, " By ", 4)) &&
            memchr(s, ' ', i) && strpbrk(s, "0123456789") && strpbrk(s, "0123456789") < s + i) {
            s += i + 1;
            n -= i + 1;
            break;
        }
    size_t end = n;
    for (size_t i = 0; i + 3 < n; i++)
        if (i > 0 && s[i - 1] == ' ' && date_month_first(s + i)) {
            end = i;
            break;
        } else if (s[i] >= '0' && s[i] <= '9' && (i == 0 || s[i - 1] == ' ')) {
            char iso_buf[48];
            char *rest = xstrndup(s + i, n - i);
            bool date = date_iso_in(rest, pg->date_order, iso_buf, sizeof iso_buf);
            free(rest);
            if (date) {
                end = i;
                break;
            }
        }
    end = trim_separators(s, end);
    end = trim_separators(s, trim_trailers(s, end, end < n));
    return text_clean(s, end ? end : n, NULL);
}

/* A metadata value's date (Unix times too), or a text's, as ISO 8601,
 * in the order pg's language writes slashed numbers; NULL when none. */
static char *iso_value(const Page *pg, const char *s)
{
    char out[48];
    return s && date_iso_value_in(s, pg->date_order, out, sizeof out) ? xstrndup(out, strlen(out))
                                                                       : NULL;
}

static char *iso(const Page *pg, const char *s)
{
    char out[48];
    return s && date_iso_in(s, pg->date_order, out, sizeof out) ? xstrndup(out, strlen(out)) : NULL;
}

/* The date that is the last part of a title, after a separator, and
 * nothing else ("Title | DW | 28.04.2023"); NULL when there is none. */
static char *title_date(const Page *pg, const char *title)
{
    const char *tail = NULL;
    for (const char *const *sep = words_title_separators; *sep; sep++) {
        size_t n = strlen(*sep);
        for (const char *q = title; (q = strstr(q, *sep)) != NULL; q++)
            if (!tail || q + n > tail)
                tail = q + n;
    }
    if (!tail || strlen(tail) > 32)
        return NULL;
    /* nothing but the date: digits, separators and a month's name */
    size_t letters = 0;
    for (const char *q = tail; *q; q++)
        letters += (*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z');
    return letters <= 10 ? iso(pg, tail) : NULL;
}

static char *dup_or_null(const char *s)
{
    return s ? xstrndup(s, strlen(s)) : NULL;
}

/* A line that gives a date with a label: "Published 10:21 a.m. Sept. 3,
 * 2024", "Updated ...", "Veröffentlicht am ...".  A bare date, or one with
 * another label ("View Date:"), is not taken. */
static int dated_line(const char *s)
{
    /* the publication's labels, then from UPDATED on the modification's */
    enum { UPDATED = WORDS_BYLINE_DATE_LABELS_PART1 };
    _Static_assert(WORDS_BYLINE_DATE_LABELS_N <= 64, "a phrase set is 64 bits");
    int k = text_phrase_at(&phrases_byline_date_labels, s);
    return k < 0 ? 0 : k < UPDATED ? 1 : 2;
}

static size_t dated_size(const char *s)
{
    return (size_t)dated_line(s);
}

/* dated_line at the start of s or of a part of it after a separator
 * ("Jane Roe · CBC News · Posted: Aug 08, 2024"); *at: where. */
static int dated_part(const char *s, const char **at)
{
    return (int)part_with(s, words_byline_date_seps, dated_size, at);
}

/* Does the text before a date, text[0..lead), say "until" ("Verfügbar
 * bis 06.05.2024", "Available until May 6, 2024"): an expiry, not the
 * article's date? */
static bool until_date(const char *text, size_t lead)
{
    for (size_t at = 0; at < lead; at++) {
        if (at > 0 && text[at - 1] != ' ')
            continue; /* only where a word starts */
        char c0 = text[at] >= 'A' && text[at] <= 'Z' ? (char)(text[at] + 32) : text[at];
        for (const char *const *u = words_byline_until; *u; u++) {
            if (**u != c0)
                continue;
            size_t n = strlen(*u);
            if (at + n <= lead && (at + n == lead || text[at + n] == ' ') &&
                text_starts_ci(text + at, *u))
                return true;
        }
    }
    return false;
}

/* Does the text, past byte from, give a picture's credit ("Foto: Imago",
 * "Photo: AP"), and no mark of rights? */
static bool credit_after(const char *t, size_t from)
{
    if (strstr(t, "\xC2\xA9"))
        return false;
    for (const char *c = strchr(t + from, ':'); c; c = strchr(c + 1, ':')) {
        const char *w = c;
        while (w > t + from && w[-1] != ' ' && w[-1] != '/' && w[-1] != '|')
            w--;
        if (w < c && text_is_one_of(w, (size_t)(c - w), "", words_byline_picture_kinds))
            return true;
    }
    return false;
}

/* Are the words of s[0..n) all a month's or a weekday's names? */
static bool date_words(const char *s, size_t n)
{
    size_t words = 0;
    for (size_t i = 0; i < n;) {
        size_t w = strcspn(s + i, " ");
        w = w < n - i ? w : n - i;
        if (w && !date_month_name(s + i, w) && !text_is_one_of(s + i, w, ".,", words_dateline_days))
            return false;
        words += w > 0;
        i += w + 1;
    }
    return words > 0;
}

/* Does s open with a date, nothing but a weekday's or a month's name
 * before its first digit ("October 25th, 2012 by ...", "2012-10-29 by
 * ...")? */
static bool date_opens(const char *s)
{
    size_t lead = strcspn(s, "0123456789");
    char out[48];
    return date_iso(s, out, sizeof out) && (lead == 0 || date_words(s, lead));
}

/* Where " by " and the names follow a date on a byline's line: a
 * labelled one, "Posted on June 12, 2023 by Ute" (dl, the date's part
 * starting at from), or one that opens the line, "October 25th, 2012 by
 * Dan Roe"; else NULL. */
static const char *by_after_date(const Block *b, int dl, const char *from)
{
    bool dated = dl || (b->chars < 120 && b->digits >= 4 &&
                        strcspn(b->text, "0123456789") <= DATE_LEAD && date_opens(b->text));
    return dated && b->words <= 14 && !b->ends_sentence ? strstr(from, " by ") : NULL;
}

/* The date of a short line that is a date (but for one with another
 * label in raw text: "View Date: ...", a copying site's), or NULL; a line
 * of the body that gives it is then labelled the date. */
static char *date_line_marked(Page *pg, long i, bool mark);

static char *date_line(Page *pg, long i)
{
    /* (an update's stamp, "Updated 12.2.2025 7:25", dates no publication) */
    if (dated_line(pg->blocks[i].text) == 2)
        return NULL;
    return date_line_marked(pg, i, true);
}

/* Where the part of text that holds its first digit (at lead) starts:
 * after the last separator before it ("SHOW-MY - Salve Asis - November
 * 27, 2020"; src/words/byline-date-seps.txt), else 0. */
static size_t date_part(const char *text, size_t lead)
{
    size_t part = 0;
    for (const char *const *sep = words_byline_date_seps; *sep; sep++) {
        size_t sl = strlen(*sep);
        for (const char *q = text; (q = strstr(q, *sep)) && (size_t)(q - text) + sl <= lead; q++)
            if ((size_t)(q - text) + sl > part)
                part = (size_t)(q - text) + sl;
    }
    return part;
}

/* Where that part ends: at the next separator after lead, else at the
 * text's end. */
static size_t part_end(const char *text, size_t lead)
{
    size_t end = strlen(text);
    for (const char *const *sep = words_byline_date_seps; *sep; sep++) {
        const char *q = strstr(text + lead, *sep);
        if (q && (size_t)(q - text) < end)
            end = (size_t)(q - text);
    }
    return end;
}

/* Does text[lead] stand inside brackets that open before it? */
static bool in_brackets(const char *text, size_t lead)
{
    const char *open = NULL;
    for (const char *q = text; q < text + lead; q++)
        if (*q == '(' || *q == '[')
            open = q;
        else if (*q == ')' || *q == ']')
            open = NULL;
    return open != NULL;
}

/* date_line; mark: label the line the date when the body holds it. */
static char *date_line_marked(Page *pg, long i, bool mark)
{
    Block *b = &pg->blocks[i];
    if (b->chars > 80 || b->digits < 4)
        return NULL;
    size_t lead = strcspn(b->text, "0123456789");
    /* the date's own part of the line, when separators part it */
    size_t part = date_part(b->text, lead);
    /* (a line that says what boilerplate says dates that: "Terms of Use
     * (10 Mar 2001)", "© 2024"; but for a picture's credit after the date,
     * "Peter Grimm / 07.11.2023 / 09:30 / Foto: Imago", or a date that is
     * the line's own last part, "© dpa-AFX | Abb.: Fraport | 07.11.2023
     * 08:03") */
    bool own_part = part && b->len - part <= DATE_PART;
    if ((b->flags & F_CUE) && !credit_after(b->text, lead) && !own_part)
        return NULL;
    if (until_date(b->text, lead))
        return NULL;
    /* (a heading's date in brackets amid its words is what it is about,
     * not when: "Winners of the races (2020/7/11-12, ...)") */
    if (b->heading && lead > DATE_LEAD && !own_part && in_brackets(b->text, lead))
        return NULL;
    /* (a publication's own label is no other label: "Publisert: 05.08.24";
     * a colon counts in the date's own part: "Autor: kinra | Artikel
     * veröffentlicht am 16.12.2012") */
    bool labelled = pg->input == INPUT_TEXT && memchr(b->text + part, ':', lead - part) &&
                    dated_line(b->text + part) != 1;
    /* (a line taken into the body only for where it stands, not for
     * reading like prose, may be one, when the date comes first in its
     * part or after a place: "Bruselas - 15 oct 2024 - 08:22", not a
     * caption's "Tanks near Bakhmut, 24 April 2023") */
    bool body = b->label == LABEL_CONTENT;
    bool first = part ? part_end(b->text, lead) - part <= DATE_PART : lead <= DATE_LEAD;
    if ((!body || (b->score <= 0 && first)) && !labelled) {
        char *when = iso(pg, b->text);
        if (when && body && mark)
            b->label = LABEL_DATE;
        return when;
    }
    return NULL;
}

/* Raw text: lines between the headline and the body, at most, for a line
 * of names among them to be the byline without a date beside it. */
#define NAME_ZONE 8
/* Raw text: lines into the body where a line of names by a date is still
 * the byline (under a lead or a picture's caption) */
#define NAME_LATE 6

static bool person_words(const Block *b);

/* Do lines i and k say the same? */
static bool same_line(const Page *pg, long i, long k)
{
    if (i < 0 || k >= (long)pg->n)
        return false;
    const Block *a = &pg->blocks[i], *b = &pg->blocks[k];
    return a->len == b->len && !memcmp(a->text, b->text, a->len);
}

/* Raw text: does line i close a list that the lines before it run on with
 * commas ("Keir Starmer," "Labour Party," "David Lammy": a page's topics;
 * two names, "Tariq Malik," "Mike Wall", are a byline's)? */
static bool listed_after(const Page *pg, long i)
{
    int commas = 0;
    for (long k = i - 1; k >= 0 && k >= i - 2; k--) {
        const Block *p = &pg->blocks[k];
        commas += p->len && p->text[p->len - 1] == ',' && !p->digits;
    }
    return commas == 2;
}

/* Raw text: a line of names that may stand in a byline's run of them. */
static bool zone_name(const Page *pg, long i)
{
    const Block *b = &pg->blocks[i];
    return name_line(b) && !(b->flags & (F_CUE | F_REPEAT)) && person_words(b) &&
           !listed_after(pg, i);
}

/* Could the words of a name line be a person's: not all in capitals
 * ("AUTO NEWS"), none a button's or a menu's ("Next Post")? */
static bool person_words(const Block *b)
{
    bool lower = false;
    for (size_t i = 0; i < b->len;) {
        int32_t c;
        size_t k = utf8_decode(b->text, b->len, i, &c);
        lower |= c >= 'a' && c <= 'z';
        /* (a name's characters past ASCII are letters, or a byline's
         * separators and dashes: not "« Vorige") */
        if (c >= 0x80 && !cp_letter(c) && c != 0x2022 && c != 0xB7 && c != 0x2019 && !cp_dash(c))
            return false;
        i += k;
    }
    if (!lower)
        return false;
    for (size_t i = 0; i < b->len;) {
        size_t n = strcspn(b->text + i, " ,/");
        if (n && text_is_one_of(b->text + i, n, "", words_byline_ui_words))
            return false;
        i += n + 1;
    }
    return true;
}

/* Does the line k give a date ("May 5, 2024", "Bruselas - 15 oct 2024")? */
static bool gives_date(const Page *pg, long k)
{
    if (k < 0 || k >= (long)pg->n || pg->blocks[k].chars > 80 || pg->blocks[k].digits < 4)
        return false;
    char *d = iso(pg, pg->blocks[k].text);
    free(d);
    return d != NULL;
}

/* Does a line next to block i give a date?  Strict: the date itself, or a
 * label on a line of its own with the date after it ("Publisert" over
 * "04.08.2024 12:10"), not a label or a time alone. */
static bool dated_near(const Page *pg, long i, bool strict)
{
    /* (or a line on: past the job or the place under the name, "Jane
     * Roe" over "Redakteurin" over "03.05.2024 15:42 Uhr") */
    const Block *under = i + 1 < (long)pg->n ? &pg->blocks[i + 1] : NULL;
    bool job = under && under->chars <= 40 && !under->digits && !under->ends_sentence &&
               under->upper_words < under->chars && !dated_line(under->text) &&
               (title_word(under->text, under->len) ||
                (under->words == 1 && cp_upper((unsigned char)under->text[0])));
    for (long k = i - 1; k <= i + 1 + job; k += 2 - (k > i)) {
        if (k < 0 || k >= (long)pg->n || pg->blocks[k].chars > 80 || (job && k == i + 1))
            continue;
        const Block *b = &pg->blocks[k];
        if (gives_date(pg, k))
            return true;
        /* a date's label ("Published", "Publiziert heute um 12:19 Uhr") */
        if (b->chars <= 40 && dated_line(b->text) && k <= i + 1 &&
            (!strict || (k > i && gives_date(pg, k + 1))))
            return true;
        /* a time alone ("9:51", "12:19 Uhr") */
        const char *colon = strchr(b->text, ':');
        if (!strict && k <= i + 1 && b->chars <= 12 && b->words <= 3 && colon &&
            colon > b->text && colon[-1] >= '0' && colon[-1] <= '9' && colon[1] >= '0' &&
            colon[1] <= '5')
            return true;
    }
    return false;
}

/* Raw text: a date's label on a line of its own ("Publisert"), the date
 * on the next, as a page's time element becomes: into published or
 * modified, and both lines are no body. */
static void labelled_dates(Page *pg, Roles *a, long top, long f)
{
    long from = top < 3 ? 0 : top - 3, to = f + LABEL_DATE_REACH;
    for (long i = from; f >= 0 && i + 1 < (long)pg->n && i <= to; i++) {
        Block *b = &pg->blocks[i], *next = &pg->blocks[i + 1];
        int dl = b->chars <= 24 && !b->digits ? dated_line(b->text) : 0;
        if (!dl || next->chars > 80 || next->digits < 4)
            continue;
        char *when = iso(pg, next->text), **field = dl == 1 ? &a->published : &a->modified;
        if (!when)
            continue;
        if (!*field)
            *field = when;
        else
            free(when);
        for (Block *x = b; x <= next; x++)
            if (x->label == LABEL_CONTENT)
                x->label = LABEL_DATE;
    }
}

/* Does a line hold a byline's label, then a person's name: "Author: Mary
 * Boone", "Date: May 2 | Author: Erika Riggs", "May 2 by Jane Roe"? */
static const char *labelled_name_at(const Block *b);

static bool labelled_name(const Block *b)
{
    return labelled_name_at(b) != NULL;
}

/* labelled_name: where its label ("Author:") or its "by" starts, or NULL. */
static const char *labelled_name_at(const Block *b)
{
    for (const char *colon = strchr(b->text, ':'); colon; colon = strchr(colon + 1, ':')) {
        const char *w = colon;
        while (w > b->text && w[-1] != ' ' && w[-1] != '|')
            w--;
        if (!text_is_one_of(w, (size_t)(colon - w), ":", words_byline_by_labels))
            continue;
        const char *p = colon + 1;
        while (*p == ' ' || *p == ',')
            p++;
        size_t n = strcspn(p, "|,");
        while (n && p[n - 1] == ' ')
            n--;
        if (person_name(p, n)) {
            /* (from the label's first word: "Written by:", "Artikel von:") */
            const char *q = w > b->text && w[-1] == ' ' ? w - 1 : w;
            while (q > b->text && cp_letter((unsigned char)q[-1]))
                q--;
            return q < w - 1 && (q == b->text || q[-1] == ' ') ? q : w;
        }
    }
    /* (or "by" and the name at its end: "November 12, 2012 by Carlee") */
    const char *by = strstr(b->text, " by ");
    return by && person_name(by + 4, strlen(by + 4)) ? by + 1 : NULL;
}

/* The lines near the headline that say who wrote it and when: "By ..."
 * lines, lines the markup marks as bylines, dated lines ("Posted on DATE
 * by NAME"); each labelled as the byline or the date. */
static void printed_lines(Page *pg, Roles *a, long top, long f)
{
    if (pg->input == INPUT_TEXT)
        labelled_dates(pg, a, top, f);
    /* the byline: a line near the headline that the markup marks, or that
     * starts with "By" */
    bool listed = false;
    /* (a byline's class that covers the body's prose too marks no line:
     * a post whose class names its author, "entry-author-jane") */
    bool wide = false;
    for (size_t i = 0; i < pg->n && !wide; i++)
        wide = pg->blocks[i].label == LABEL_CONTENT && (pg->blocks[i].flags & F_BYLINE) &&
               pg->blocks[i].chars >= 100 && pg->blocks[i].ends_sentence;
    for (long i = top < 3 ? 0 : top - 3; f >= 0 && i < (long)pg->n && i <= f + BY_LATE; i++) {
        Block *b = &pg->blocks[i];
        /* (further into the body, only a byline that says "by") */
        bool late = i > f + 3;
        listed |= i > f && (b->flags & F_LISTHEAD);
        if (late && (a->byline || listed))
            break; /* (what follows a "Related" heading is another article's) */
        /* raw text: "By" (or "von", "Author of the article:") on a line of
         * its own, the names on the next, as a page's link becomes */
        if (pg->input == INPUT_TEXT && !a->byline && by_label(b) && i + 1 < (long)pg->n &&
            label_names(&pg->blocks[i + 1])) {
            /* (and the names on the lines after it: "Bill Roe," over "Ann Lee") */
            Buf said = {0};
            for (long k = i + 1; k < (long)pg->n && (k == i + 1 || zone_name(pg, k)); k++) {
                Block *names = &pg->blocks[k];
                size_t n = glued_count(names->text, names->len);
                if (k > i + 1 && said.len >= n && !memcmp(said.p + said.len - n, names->text, n))
                    continue; /* (a name printed twice) */
                if (said.len)
                    buf_adds(&said, said.p[said.len - 1] == ',' ? " " : ", ");
                buf_add(&said, names->text, n);
                if (names->label == LABEL_CONTENT)
                    names->label = LABEL_BYLINE;
                a->byline_block = (int)k;
            }
            a->byline = byline_text(pg, said.p, said.len);
            buf_free(&said);
            a->byline_by = true;
            continue;
        }
        if (i == a->headline_block || b->chars < 4 || b->chars > 200)
            continue;
        const char *by_at = b->text;
        bool by = by_part(b->text, &by_at) && b->words <= 14 &&
                  (!b->ends_sentence || abbreviation_end(b->text, b->len)) &&
                  !sentence_words(by_at + by_prefix(by_at)) && !sort_key(by_at + by_prefix(by_at));
        /* (what the piece is, only by the headline or where the body
         * starts: "Oroscopo di Paolo Fox" elsewhere is a link) */
        bool near = (i >= top && i <= top + 8) || (i >= f - 3 && i <= f + 3);
        const char *named = by || !near ? NULL : kind_by(b);
        if (named)
            by = true, by_at = named;
        /* a breadcrumb ("Blog > Health") is no byline */
        bool crumbs = strchr(b->text, '>') || strstr(b->text, "»");
        /* (a menu's item under an author-ish class is no byline) */
        bool marked = (b->flags & F_BYLINE) && b->words <= 14 && !(b->flags & F_NAV) && !late &&
                      (!wide || labelled_name(b));
        if ((by || marked) && !crumbs) {
            /* (a marked line's labelled part: "Date: ... | Author: Ann Lee") */
            const char *label = by ? NULL : labelled_name_at(b);
            if (label)
                by_at = label;
            if (!a->byline && (by || b->link_density > 0 || pg->input == INPUT_HTML)) {
                a->byline = byline_text(pg, by_at, b->len - (size_t)(by_at - b->text));
                a->byline_by = by;
                a->byline_block = (int)i;
                /* (a marked line that opens with its date dates the page,
                 * however long the list after the name: "08/08/2017,
                 * durch Ann Lee, Keine Kommentare, Mode, Fashion News") */
                if (marked && !a->published && strcspn(b->text, "0123456789") <= DATE_LEAD)
                    a->published = iso(pg, b->text);
            }
            if (b->label == LABEL_CONTENT && (by || b->chars < 100))
                b->label = LABEL_BYLINE;
        }
        if (late)
            continue;
        /* and it gives a date, or is short with a time ("Updated 15:10"):
         * "Published in 1851, the novel ..." is body */
        const char *from = b->text;
        int dl = b->chars < 120 ? dated_part(b->text, &from) : 0;
        const char *by_after = !a->byline && !crumbs ? by_after_date(b, dl, from) : NULL;
        if (by_after && by_after[4] && strlen(by_after + 4) <= 60 && spaces(by_after + 4) <= 5) {
            a->byline = byline_text(pg, by_after + 1, b->len - (size_t)(by_after + 1 - b->text));
            a->byline_by = true;
        }
        /* or the names before it, the line's first part: "Yasmine Hassan ·
         * CBC News · Posted: Aug 08, 2024", "Aashish Saxena / TOI / Sep 2" */
        /* (the words before the date few: what follows it may run on,
         * "| Last Updated: August 8, 2024") */
        size_t before_date = 0;
        for (const char *q = b->text; q < from; q++)
            before_date += *q == ' ';
        if (dl && from > b->text && !a->byline && before_date <= 10 && !crumbs) {
            size_t n = strcspn(b->text, "|/\xC2\xE2");
            while (n && b->text[n - 1] == ' ')
                n--;
            if (n < (size_t)(from - b->text) && person_name(b->text, n)) {
                a->byline = xstrndup(b->text, n);
                a->byline_by = false;
            }
        }
        char *when = dl ? iso(pg, from) : NULL;
        if (when || (dl && b->chars < 40 && strpbrk(b->text, "0123456789"))) {
            char **field = dl == 1 ? &a->published : &a->modified;
            if (!*field)
                *field = when;
            else
                free(when);
            if (b->label == LABEL_CONTENT)
                b->label = LABEL_DATE;
        }
    }
}

/* When names (a byline, "; "-joined names) names every author found and
 * more, they are the authors. */
static void widen_authors(Roles *a, const char *names)
{
    Roles more;
    memset(&more, 0, sizeof more);
    authors_from(&more, names);
    bool superset = more.n_authors > a->n_authors;
    for (size_t i = 0; superset && i < a->n_authors; i++) {
        bool found = false;
        for (size_t k = 0; k < more.n_authors && !found; k++)
            found = text_loose_eq(a->authors[i], more.authors[k]);
        superset = found;
    }
    Roles *drop = superset ? a : &more;
    for (size_t i = 0; i < drop->n_authors; i++)
        free(drop->authors[i]);
    free(drop->authors);
    if (superset) {
        a->authors = more.authors;
        a->n_authors = more.n_authors;
    }
}

/* The authors: the people JSON-LD names, else the byline printed near
 * the headline, else the meta tags' (unless they only name the site), else
 * an organisation given as author. */
static void named_authors(Page *pg, Roles *a, long top, long f)
{
    Meta *m = &pg->meta;
    for (size_t i = 0; i < m->n_authors; i++)
        authors_from(a, m->authors[i]);
    /* an organisation listed beside the people (an agency) is an author
     * too, unless it is the site itself */
    if (a->n_authors && m->org_author)
        authors_from(a, m->org_author);
    drop_site_names(a, m);
    /* a printed "By A, B and C" that names more than the JSON-LD does */
    if (a->n_authors && a->byline && a->byline_by)
        widen_authors(a, a->byline);
    if (!a->n_authors && a->byline && a->byline_by)
        authors_from(a, a->byline);
    /* an hCard name in the markup that the byline by the headline shows
     * (cards also mark commenters and sidebars); it may be the site's own
     * desk */
    if (!a->n_authors && m->card_author && f >= 0) {
        char *names = xstrdup_sep(m->card_author), *save = NULL;
        for (char *name = strtok_r(names, ";", &save); name && !a->n_authors;
             name = strtok_r(NULL, ";", &save)) {
            while (*name == ' ')
                name++;
            for (long i = top < 3 ? 0 : top - 3; i < (long)pg->n && i <= f + 3; i++)
                if (*name && strstr(pg->blocks[i].text, name)) {
                    authors_from(a, name);
                    break;
                }
        }
        free(names);
        /* (the meta tags' names, when they name it and more: "Ann Lee;
         * Bo Chen" and Ann Lee's card) */
        if (a->n_authors && m->byline)
            widen_authors(a, m->byline);
    }
    if (!a->n_authors && m->byline) {
        authors_from(a, m->byline);
        drop_site_names(a, m);
    }
    if (!a->n_authors && a->byline)
        authors_from(a, a->byline);
    if (!a->n_authors && m->org_author)
        authors_from(a, m->org_author);
    if (!a->n_authors && m->n_authors)
        for (size_t i = 0; i < m->n_authors; i++)
            authors_from(a, m->authors[i]);
    if (!a->n_authors && m->byline)
        authors_from(a, m->byline);
    if (!a->byline && m->byline && !date_word(m->byline) && !no_name(m->byline))
        a->byline = dup_or_null(m->byline);
}

/* Raw text: is line i a name with a comma after it over the line that
 * dates the article ("Stefan Trunzik," over "26.04.2024 10:00 Uhr"; not a
 * letter's "Dear All,")? */
static bool comma_name(const Page *pg, long i)
{
    const Block *b = &pg->blocks[i];
    return b->len > 1 && b->text[b->len - 1] == ',' && i + 1 < (long)pg->n &&
           gives_date(pg, i + 1) && name_line_n(b, b->len - 1);
}

/* Raw text: past the body's start f, a name over a date with prose under
 * them that is not the article's is a reader's post ("Tom Baker" over "07
 * Nov 12" over the comment), not the byline. */
static bool reader_post(const Page *pg, long i, long f)
{
    return i > f && i + 2 < (long)pg->n && gives_date(pg, i + 1) &&
           pg->blocks[i + 2].score > 0 && pg->blocks[i + 2].label != LABEL_CONTENT;
}

/* No person named yet: a line of names just before the body, or opening
 * it, is the byline. */
static void name_lines(Page *pg, Roles *a, long f)
{
    const Meta *m = &pg->meta;
    /* HTML, no person named yet: a paragraph of names just before the body, or
     * opening it, is the byline ("Mohloai Mpesi" in bold over the text) */
    size_t people = 0;
    for (size_t i = 0; i < a->n_authors; i++)
        people += !site_name(a->authors[i], m);
    if (!people && f >= 0) {
        bool text = pg->input == INPUT_TEXT;
        long from = f > 0 ? f - 1 : f;
        /* raw text: a line of names between the headline and the body, by
         * a line that dates the article ("Jane Roe" over "May 5, 2024"), or
         * right under the headline when the body follows closely */
        if (text && a->headline_block >= 0 && a->headline_block < f)
            from = a->headline_block + 1;
        /* (raw text: first a line by a date, or right under the headline
         * with the body close; then the line right under the headline with
         * the body a few lines on) */
        bool done = false;
        for (int pass = 0; pass < (text ? 2 : 1) && !done; pass++)
            /* (the second pass looks only right under the headline) */
            for (long i = pass ? a->headline_block + 1 : from;
                 (!text || a->headline_block >= 0) && i <= f + (text && !pass ? NAME_LATE : 0) &&
                 i < (long)pg->n && !(i > f && (pg->blocks[i].flags & F_LISTHEAD)) &&
                 (!pass || i == a->headline_block + 1);
                 i++) {
                Block *b = &pg->blocks[i];
                /* (raw text: or a name with its job after it, "Thabo Roe
                 * Parliamentary editor", by a date) */
                size_t job_at = text && !name_line(b) ? name_then_job(b) : 0;
                bool comma = text && comma_name(pg, i);
                /* (the headline printed again is no name: "Classificação
                 * NASCAR" over its date) */
                if (i == a->headline_block || (!name_line(b) && !job_at && !comma) ||
                    (b->flags & F_CUE) ||
                    (a->headline && text_loose_eq(b->text, a->headline)))
                    continue;
                /* (by a date but over a credit, "Foto: ...", it is a
                 * picture's caption) */
                bool caption = i + 1 < (long)pg->n && (pg->blocks[i + 1].flags & F_CUE) &&
                               credit_after(pg->blocks[i + 1].text, 0);
                bool dated = text && !caption && dated_near(pg, i, i > f);
                /* a name the page says twice (a menu's, a teaser's), only
                 * by a date (the byline, and the author's box at the end) */
                /* (or printed twice in a row, a picture's and a link's) */
                bool twice = same_line(pg, i - 1, i) || same_line(pg, i, i + 1);
                if ((b->flags & F_REPEAT) &&
                    !(dated && (f - a->headline_block <= 2 * NAME_ZONE || twice)))
                    continue;
                if (text) {
                    /* right under the headline, and the body close (or,
                     * then, the body a few lines on) */
                    bool top = i == a->headline_block + 1;
                    bool under = top && (i >= f - 3 || (pass == 1 && !caption &&
                                                        f - a->headline_block <= NAME_ZONE));
                    /* (into the body, never a line the page says twice,
                     * but right over the line that dates the article: the
                     * author's box at the end says the name again) */
                    bool late = reader_post(pg, i, f) ||
                                ((i > f || job_at) &&
                                 (!dated || ((b->flags & F_REPEAT) &&
                                             !(i + 1 < (long)pg->n && gives_date(pg, i + 1)))));
                    if (!(under || (pass == 0 && dated)) || late || !person_words(b) ||
                        listed_after(pg, i))
                        continue;
                }
                /* raw text: the names of a run of such lines, one a line */
                long first = i, last = i;
                while (text && !job_at && first - 1 > a->headline_block && zone_name(pg, first - 1))
                    first--;
                while (text && !job_at && last + 1 <= f && last + 1 < (long)pg->n &&
                       zone_name(pg, last + 1))
                    last++;
                Roles found;
                memset(&found, 0, sizeof found);
                Buf said = {0};
                for (long k = first; k <= last; k++) {
                    char *line = k == i && job_at ? xstrndup(b->text, job_at)
                                                  : xstrdup_sep(pg->blocks[k].text);
                    Roles one;
                    memset(&one, 0, sizeof one);
                    authors_from(&one, line);
                    /* (a job alone is no name: "Games Editor") */
                    bool job = !one.n_authors || title_word(one.authors[0], strlen(one.authors[0]));
                    for (size_t q = 0; q < one.n_authors; q++)
                        free(one.authors[q]);
                    free(one.authors);
                    if (!job)
                        authors_from(&found, line);
                    free(line);
                    if (job)
                        continue;
                    if (said.len)
                        buf_adds(&said, ", ");
                    /* (without a comma at its end: "Stefan Trunzik,") */
                    const Block *nb = &pg->blocks[k];
                    buf_add(&said, nb->text, nb->len - (nb->len > 1 && nb->text[nb->len - 1] == ','));
                }
                if (!found.n_authors) {
                    buf_free(&said);
                    continue;
                }
                for (size_t k = 0; k < a->n_authors; k++)
                    free(a->authors[k]);
                free(a->authors);
                a->authors = found.authors;
                a->n_authors = found.n_authors;
                free(a->byline);
                a->byline = buf_take(&said);
                a->byline_block = (int)last;
                for (long k = first; k <= last; k++)
                    if (pg->blocks[k].label == LABEL_CONTENT)
                        pg->blocks[k].label = LABEL_BYLINE;
                done = true;
                break;
            }
    }

}

/* The date in the page's own URL (canonical, og:url), which ranks under
 * the metadata's and over a date printed near the headline: the
 * publication day when the metadata gives none (a printed date of that day
 * is kept, as it may say the time too); and the local day of a metadata
 * time given in UTC early on the next day ("2023-11-09T03:28:35Z" for an
 * article of /2023/11/08/, published that evening in New York: a time
 * before 05:00 UTC is the evening before in all of the Americas' zones,
 * and a URL may also name the day before a morning's publication). */
static void url_date(const Meta *m, Roles *a)
{
    char day[16];
    if (!date_of_url(m->url, day, sizeof day))
        return;
    long d = date_day_number(day), p = date_day_number(a->published);
    if (a->published && m->published) {
        size_t n = strlen(a->published);
        bool utc = n >= 16 && a->published[10] == 'T' &&
                   (a->published[n - 1] == 'Z' || !strcmp(a->published + n - 6, "+00:00"));
        bool early = utc && a->published[11] == '0' && a->published[12] < '5';
        if (!early || p != d + 1)
            return;
    } else if (a->published && p == d) {
        return;
    }
    free(a->published);
    a->published = xstrndup(day, strlen(day));
}

/* The metadata's time p of publication, or the day the page prints by
 * its headline when that is the day before or after p's and p is in UTC
 * (or has no zone)
 * at an hour a publisher's zone moves to that day: a time in UTC
 * ("2023-11-09T06:35:29Z") falls on the next day for a publisher in
 * California, and the reader sees "November 8, 2023".  Takes p. */
static char *local_day(Page *pg, const Roles *a, long f, char *p)
{
    /* (in UTC, or with no zone, which may be UTC's) */
    size_t n = p ? strlen(p) : 0;
    bool utc = n >= 16 && (p[n - 1] == 'Z' || !strcmp(p + n - 6, "+00:00"));
    bool unzoned = n >= 16 && !strpbrk(p + 11, "Z+-");
    if (!(utc || unzoned) || f < 0 || p[10] != 'T')
        return p;
    int hour = (p[11] - '0') * 10 + (p[12] - '0');
    char *shown = a->published ? dup_or_null(a->published) : NULL;
    long from = a->headline_block >= 0 ? a->headline_block + 1 : f - 5, at = -1;
    for (long i = from < 0 ? 0 : from; !shown && i < (long)pg->n && i <= f + 3; i++)
        if ((shown = date_line_marked(pg, i, false)))
            at = i;
    long d = shown ? date_day_number(shown) : LONG_MIN, pd = date_day_number(p);
    /* (a zone from ten hours behind UTC to ten ahead: the day before
     * only for a time before 10:00, the day after only from 14:00; an
     * edition's date, the next day's paper, is no zone's) */
    bool zoned = (d == pd - 1 && hour < 10) || (d == pd + 1 && hour >= 14);
    if (d == LONG_MIN || pd == LONG_MIN || !zoned) {
        free(shown);
        return p;
    }
    free(p);
    if (at >= 0)
        free(date_line_marked(pg, at, true)); /* (the line is the date, then, not the body's) */
    return shown; /* (with the local time, when the page prints it) */
}

/* Raw text: the time of a publication's stamp that gives no day, as a
 * page stamps what it put out today ("Publicerad 22:31"), near the
 * headline, as "HH:MM" in out; false when there is none. */
static bool today_stamp(const Page *pg, long h, long f, char out[6])
{
    for (long i = h - 3 < 0 ? 0 : h - 3; i < (long)pg->n && i <= f + 3; i++) {
        const Block *b = &pg->blocks[i];
        if (b->chars > 40 || dated_line(b->text) != 1)
            continue;
        const char *c = strchr(b->text, ':');
        while (c && !(c - b->text >= 1 && c[-1] >= '0' && c[-1] <= '9' && c[1] >= '0' &&
                      c[1] <= '5' && c[2] >= '0' && c[2] <= '9'))
            c = strchr(c + 1, ':');
        char *day = iso(pg, b->text);
        bool has_day = day != NULL;
        free(day);
        if (!c || has_day)
            continue;
        bool two = c - b->text >= 2 && c[-2] >= '0' && c[-2] <= '9';
        snprintf(out, 6, "%c%c:%c%c", two ? c[-2] : '0', c[-1], c[1], c[2]);
        return true;
    }
    return false;
}

/* Raw text: the day a page prints over its menus, above the headline, as
 * today's ("söndag 2 augusti 2026"), for a stamp that gives only the time;
 * NULL when there is none. */
static char *masthead_day(const Page *pg, long h, const char *time)
{
    for (long i = 0; i < h && i < MASTHEAD_LINES; i++) {
        const Block *b = &pg->blocks[i];
        char *day = b->chars <= STAMP_CHARS && b->digits >= 5 ? iso(pg, b->text) : NULL;
        if (day && strlen(day) == 10) {
            char *when = xmalloc(17);
            snprintf(when, 17, "%sT%s", day, time);
            free(day);
            return when;
        }
        free(day);
    }
    return NULL;
}

/* A line of the body under a headline that the body follows at once,
 * in [from, to], that gave the date (a letter's) gives way to a date line
 * right over the headline: a blog's date header. */
static void date_over_headline(Page *pg, Roles *a, long from, long to)
{
    long h = a->headline_block, at = -1;
    bool body = false; /* (a paragraph of the body stands before it) */
    for (long i = from; a->published && i <= to && i < (long)pg->n && at < 0; i++) {
        const Block *b = &pg->blocks[i];
        char *d = NULL;
        if (body && (b->label == LABEL_DATE ||
                     (b->chars <= 80 && b->digits >= 4 && (d = iso(pg, b->text)) &&
                      !strcmp(d, a->published))))
            at = i;
        free(d);
        body |= b->label == LABEL_CONTENT;
    }
    if (at < 0 || h <= 0 || from != h + 1 || pg->blocks[from].label == LABEL_BOILER ||
        (pg->blocks[h - 1].flags & (F_NAV | F_ASIDE | F_FOOTER)) ||
        pg->blocks[h - 1].link_density >= 0.5)
        return;
    /* (the same day: the line in the body is the post's own stamp, with
     * its time) */
    char *over = date_line(pg, h - 1);
    if (over && date_cmp_day(over, a->published) != 0) {
        free(a->published);
        a->published = over;
        if (pg->blocks[at].label == LABEL_DATE)
            pg->blocks[at].label = LABEL_CONTENT;
        return;
    }
    free(over);
}

/* Does b's line open with the byline's name (and say more)? */
static bool opens_with_byline(const Roles *a, const Block *b)
{
    size_t n = a->byline ? strlen(a->byline) : 0;
    return n >= 4 && b->len > n && !strncmp(b->text, a->byline, n);
}

/* No date in the metadata: a short date line by the headline, but for
 * one with another label ("View Date: ...", a copying site's), else
 * one further off: into the body, above the headline, under the
 * byline, under the body. */
static void printed_date(Page *pg, Roles *a, long f)
{
    long from = a->headline_block >= 0 ? a->headline_block + 1 : f - 5;
    if (from < 0)
        from = 0;
    long to = f + 3 > from + 8 ? f + 3 : from + 8;
    /* (right under the headline first, when the page shows it, not
     * raw text's first line, its title; then, when the headline lies
     * far above the body, as that title over the menus, the date
     * nearest the body, not a sentence's or a link's: a masthead's
     * "Wednesday, April 16, 2025" is the day of the fetch) */
    bool shown = pg->input != INPUT_TEXT || a->headline_block > 0;
    for (long i = from; shown && i < (long)pg->n && i < from + UNDER_HEADLINE && !a->published;
         i++)
        a->published = date_line(pg, i);
    for (long i = f - 1; f - from > FAR_HEADLINE && i >= from + UNDER_HEADLINE && !a->published;
         i--) {
        const Block *b = &pg->blocks[i];
        if (!b->ends_sentence && b->link_density < 0.5)
            a->published = date_line(pg, i);
    }
    /* (not past a list's heading, "Related posts" over their dates, nor
     * into readers' posts) */
    long end = from, reach = to > f + 10 ? to : f + 10; /* (as far as the two loops look) */
    while (end < (long)pg->n && end <= reach &&
           !(pg->blocks[end].flags & (F_LISTHEAD | F_COMMENT)))
        end++;
    for (long i = shown ? from + UNDER_HEADLINE : from; i < end && i <= to && !a->published; i++)
        a->published = date_line(pg, i);
    date_over_headline(pg, a, from, to);
    /* else a line that is a date and little else a little further into
     * the body ("30. Juni 2025," over its first long paragraph), when
     * no modification date stands in (the dates of a list of other
     * stories follow one) */
    for (long i = to + 1; !a->modified && i < end && i <= f + 10 && !a->published; i++)
        if (pg->blocks[i].chars <= STAMP_CHARS && pg->blocks[i].words <= STAMP_WORDS)
            a->published = date_line(pg, i);
    /* else one of the lines right above the headline (its kicker's, a
     * time stamp over it), the nearest first; lines of separators alone,
     * "|", do not count; nor do links, but for the author's name
     * that opens a byline's line ("Ann Lee / 07.11.2023 / 09:30", the
     * name a link to the author's page) */
    long h = a->headline_block;
    /* (raw text's first line is the <title>, no date line) */
    long top = pg->input == INPUT_TEXT ? 1 : 0;
    for (long i = h - 1, seen = 0; h > 0 && seen < ABOVE_HEADLINE && i >= top && !a->published;
         i--) {
        seen += pg->blocks[i].words > 0;
        if (pg->input == INPUT_TEXT ||
            (!(pg->blocks[i].flags & (F_NAV | F_ASIDE | F_FOOTER)) &&
             (pg->blocks[i].link_density < 0.5 || i == a->byline_block ||
              opens_with_byline(a, &pg->blocks[i]))))
            a->published = date_line(pg, i);
    }
    /* else a stamp a few lines under the byline, past the author's
     * box ("Contact Jane Roe", "View all posts by Jane Roe") */
    long by = a->byline_block;
    for (long i = by + 1; by >= 0 && !a->modified && i < (long)pg->n && i <= by + NAME_ZONE &&
                          !a->published && !(pg->blocks[i].flags & F_LISTHEAD);
         i++)
        if (pg->blocks[i].chars <= STAMP_CHARS && pg->blocks[i].words <= STAMP_WORDS)
            a->published = date_line(pg, i);
    /* else a line that is a date and little else where the body ends (a
     * page that prints its date under the article: "28. 4. 2023, 18:41
     * Uhr"), when no modification date stands in; in HTML right under
     * the body, not in it (a trackback's "Tracked on Aug 30, 2007") */
    long last = f;
    for (long i = f; i < (long)pg->n; i++)
        if (pg->blocks[i].label == LABEL_CONTENT)
            last = i;
    bool text = pg->input == INPUT_TEXT;
    long below = text ? last - 1 : last + 1;
    for (long i = below > to ? below : to + 1;
         !a->modified && i <= last + (text ? AFTER_BODY : 2) && i < (long)pg->n &&
         !a->published && !(pg->blocks[i].flags & (F_LISTHEAD | F_COMMENT));
         i++)
        /* (a few lines further, only with its byline's label next:
         * "Kommentar von" over the name, or a label and a name over it:
         * "Γράφει", "ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ", "19 Αυγούστου 2020 9:02 μμ") */
        if (pg->blocks[i].chars <= UNDER_CHARS && pg->blocks[i].words <= UNDER_WORDS &&
            (i <= last + 2 || (i + 1 < (long)pg->n && by_label(&pg->blocks[i + 1])) ||
             (i >= 2 && by_label(&pg->blocks[i - 2]))))
            a->published = date_line(pg, i);
}

/* The latest year of the page's copyright line ("© 2000-2026"), or 0. */
static int copyright_year(const Page *pg)
{
    int year = 0;
    for (size_t i = 0; i < pg->n && !year; i++) {
        const char *t = pg->blocks[pg->n - 1 - i].text, *c = strstr(t, "\xC2\xA9");
        for (const char *q = c; q && *q; q++)
            if (q[0] >= '1' && q[0] <= '2' && strspn(q, "0123456789") == 4 &&
                (q == t || q[-1] < '0' || q[-1] > '9')) {
                int y = atoi(q);
                if (y >= 1995 && y < 2040 && y > year)
                    year = y;
            }
    }
    return year;
}

/* Raw text: a day and month with a time by the headline (at h) or the
 * body's start, no year ("8 января, 17:46", as a page prints this
 * year's), in the year of the page's copyright; NULL when there is none. */
static char *yearless_day(const Page *pg, long h, long f)
{
    int year = 0;
    char out[48];
    for (long i = h - 3 < 0 ? 0 : h - 3; i < (long)pg->n && i <= f + 3; i++) {
        const Block *b = &pg->blocks[i];
        if (b->chars > 30 || b->digits < 4)
            continue;
        if (!year && !(year = copyright_year(pg)))
            return NULL;
        if (date_iso_yearless(b->text, year, out, sizeof out))
            return xstrndup(out, strlen(out));
    }
    return NULL;
}

/* Does an update's label stand before the first digit of s, at any of
 * its words ("By Ann Lee Updated Jul 24, 2018")? */
static bool update_label(const char *s)
{
    size_t lead = strcspn(s, "0123456789");
    for (size_t i = 0; i < lead; i++)
        if ((i == 0 || s[i - 1] == ' ') && dated_line(s + i) == 2)
            return true;
    return false;
}

/* Does the page print, by its headline (from the line above it to a few
 * into the body at f), modified's day, a week or more after published's,
 * and not published's, nor as an update ("Updated ..."): a page put out
 * again that dates itself by then ("01.04.2023, 12:00 Uhr" over a first
 * edition's datePublished of 2021; a story's corrections within days
 * leave it the first edition's)? */
#define REISSUE_DAYS 7
static bool shows_update(Page *pg, const Roles *a, long f, const char *published,
                         const char *modified)
{
    long p = date_day_number(published), m = date_day_number(modified);
    if (p == LONG_MIN || m == LONG_MIN || m - p < REISSUE_DAYS || f < 0)
        return false;
    long from = a->headline_block >= 1 ? a->headline_block - 1 : f - 5;
    bool update = false;
    for (long i = from < 0 ? 0 : from; i < (long)pg->n && i <= f + 3; i++) {
        const Block *b = &pg->blocks[i];
        char *d = b->chars <= 80 && b->digits >= 4 && !(b->flags & (F_NAV | F_ASIDE | F_FOOTER))
                      ? iso(pg, b->text)
                      : NULL;
        long day = date_day_number(d);
        free(d);
        if (day == p)
            return false;
        update |= day == m && !update_label(b->text);
    }
    return update;
}

/* HTML: the date of a line right under the headline, the first of
 * UNDER_HEADLINE, not a link's (a teaser's "Ann Lee 16/06/2020"), or
 * NULL. */
static char *under_headline_date(Page *pg, const Roles *a)
{
    char *d = NULL;
    for (long i = a->headline_block + 1;
         a->headline_block >= 0 && i < (long)pg->n && i <= a->headline_block + UNDER_HEADLINE && !d;
         i++)
        if (pg->blocks[i].link_density < 0.5)
            d = date_line(pg, i);
    return d;
}

static void dates(Page *pg, Roles *a, long f)
{
    const Meta *m = &pg->meta;
    char *p = local_day(pg, a, f, iso_value(pg, m->published)), *mo = iso_value(pg, m->modified);
    /* (a date that only a <time> gives, the page's first: a teaser's, a
     * list's, yields to another day printed right under the headline) */
    if (p && m->published_rank >= 3 && pg->input == INPUT_HTML) {
        char *d = under_headline_date(pg, a);
        if (d && date_cmp_day(d, p) != 0) {
            free(p);
            p = d;
        } else {
            free(d);
        }
    }
    if (p && mo && shows_update(pg, a, f, p, mo)) {
        free(p);
        p = dup_or_null(mo);
    }
    if (p) {
        free(a->published);
        a->published = p;
    }
    if (mo) {
        free(a->modified);
        a->modified = mo;
    }
    /* (by the headline when no body was found: its text may come later,
     * from a script) */
    if (!a->published && (f >= 0 || a->headline_block >= 0))
        printed_date(pg, a, f >= 0 ? f : a->headline_block + 1);
    /* else the first line anywhere that opens with a publication's own
     * label and gives a date ("PUBLISHED: April 24, 2020 at 9:06 a.m. |
     * UPDATED: ...", far from where the headline was found); or is that
     * label alone, the date on the next line ("Publié le" over "06/01/2026
     * - 14:16", as a page's time element becomes in raw text) */
    const char *stamp = NULL; /* the first line that opens with a modification's label */
    for (size_t i = 0; !a->published && !m->published && i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        if (b->flags & (F_NAV | F_ASIDE | F_FOOTER))
            continue;
        /* (in brackets or not: "[Stand: 09.10.2017, 01:40 Uhr]") */
        const char *t = b->text + (b->text[0] == '[' || b->text[0] == '(');
        int dl = b->chars <= 120 && b->digits >= 4 ? dated_line(t) : 0;
        if (dl == 1)
            a->published = iso(pg, t);
        else if (dl == 2 && !stamp)
            stamp = t;
        /* ("This entry was posted on DATE and is filed under ...") */
        else if (b->chars <= 400 && b->digits >= 4 &&
                 text_phrase_at(&phrases_byline_posted_sentences, b->text) >= 0)
            a->published = iso(pg, b->text);
        else if (b->chars <= 24 && !b->digits && i + 1 < pg->n && pg->blocks[i + 1].chars <= 80 &&
                 pg->blocks[i + 1].digits >= 4 && dated_line(b->text) == 1)
            a->published = iso(pg, pg->blocks[i + 1].text);
    }
    /* else, with no date at all, that modification's stamp ("Letzte
     * Aktualisierung: 18.01.2018"): the page's last update */
    if (!a->published && !a->modified && !m->modified && stamp)
        a->modified = iso(pg, stamp);
    url_date(m, a);
    /* else the date a <time> with no datetime prints */
    if (!a->published && !a->modified && !m->modified && m->time_text)
        a->published = dup_or_null(m->time_text);
    /* else the day the page's image was filed under, its folders
     * ("/files/2016/05/04/report-og.png"): uploaded for the page, then */
    char day[16];
    if (!a->published && !a->modified && !m->modified && date_of_upload(m->image, day, sizeof day))
        a->published = xstrndup(day, strlen(day));
    /* a date from a mere <time> is never later than the page's own
     * modification date */
    if (a->published && a->modified && m->published_rank >= 3 &&
        date_cmp_day(a->published, a->modified) > 0) {
        free(a->published);
        a->published = NULL;
    }
    /* raw text: a stamp that gives only the time, under a page that
     * prints today's day over its menus */
    char time[6];
    if (!a->published && !a->modified && pg->input == INPUT_TEXT && a->headline_block > 0 &&
        today_stamp(pg, a->headline_block, f, time))
        a->published = masthead_day(pg, a->headline_block, time);
    if (!a->published && !a->modified && pg->input == INPUT_TEXT && f >= 0)
        a->published = yearless_day(pg, a->headline_block > 0 ? a->headline_block : f - 5, f);
    /* a page that dates itself only by its last update ("Stand: 28.04.2023
     * 16:11 Uhr", "Updated May 2") was published then, as far as it says */
    if (!a->published && a->modified)
        a->published = dup_or_null(a->modified);
}

/* Does the page's first line (raw text's title, the <title> in HTML) end
 * with s[0..n) after a separator: the site's name ("... - The Frontier
 * Post")? */
static bool title_site(const Page *pg, const char *s, size_t n)
{
    const char *t = pg->input == INPUT_TEXT && pg->n ? pg->blocks[0].text : pg->meta.title;
    size_t tn = t ? strlen(t) : 0;
    return tn > n + 2 && !memcmp(t + tn - n, s, n) && t[tn - n - 1] == ' ' &&
           strchr("-|:\xC2\xBB", t[tn - n - 2]);
}

/* Raw text: a name glued to the stamp after it, as text taken from a
 * page's elements runs them together: "Jen MillsPublished Jul 17, 2024",
 * "Zimbili Vilakazi|Published 15 hours ago", "Nizaar Kinsella2 minutes
 * ago".  Returns the name's length (the stamp follows it, after a "|" if
 * any), or 0. */
static size_t glued_name(const char *s, size_t n)
{
    for (size_t k = 2; k < n && k <= 48; k++) {
        unsigned char p = (unsigned char)s[k - 1], c = (unsigned char)s[k];
        bool lower = p >= 'a' && p <= 'z';
        bool glue = (c == '|' && p != ' ') ||
                    (lower && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')));
        if (!glue)
            continue;
        if (!person_name(s, k))
            return 0;
        const char *t = s + k + (c == '|');
        /* the stamp: a date's label, a date, or a time ago ("2 minutes
         * ago", a word of the byline's that is no name) */
        size_t tn = strlen(t);
        bool ago = tn >= 5 && tn <= 24 && t[0] >= '0' && t[0] <= '9' && !strcmp(t + tn - 4, " ago");
        bool stamp = ago || dated_line(t);
        char out[48];
        return stamp || date_iso(t, out, sizeof out) ? k : 0;
    }
    return 0;
}

/* A line between the headline and the body whose parts, split at " / ",
 * " | ", " · ", " • " or a spaced dash, are a date and a person's name, with no label: "Aashish
 * Saxena / TIMESOFINDIA.COM / Sep 2, 2024, 17:07 IST", "9. September 2025
 * um 15:46 Uhr / Frank Wunderlich-Pfeiffer".  The name is the byline, the
 * date the publication's when none is known yet. */
static void dated_names(Page *pg, Roles *a, long top, long f)
{
    static const char *const seps[] = {" / "};
    for (long i = top + 1; !a->byline && top >= 0 && i < f; i++) {
        Block *b = &pg->blocks[i];
        /* (near the headline or near the body; a labelled line, "Updated
         * on: ... / CBS News", is printed_lines') */
        if ((i > top + NAME_ZONE && i < f - 2 * NAME_ZONE) || b->chars > 120 ||
            (b->flags & (F_NAV | F_ASIDE | F_FOOTER)))
            continue;
        size_t glued = pg->input == INPUT_TEXT ? glued_name(b->text, b->len) : 0;
        if ((b->digits < 4 && !glued) || dated_line(b->text))
            continue;
        char *when = NULL;
        const char *name = NULL;
        size_t name_n = 0;
        for (const char *p = b->text; *p;) {
            /* the part p[0..n): up to the nearest separator */
            size_t n = strlen(p), skip = 0;
            for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
                const char *at = strstr(p, seps[k]);
                if (at && (size_t)(at - p) < n)
                    n = (size_t)(at - p), skip = strlen(seps[k]);
            }
            /* (and the date's separators: " • ", " - ", " — ") */
            for (const char *const *sep = words_byline_date_seps; *sep; sep++) {
                const char *at = strstr(p, *sep);
                if (at && (size_t)(at - p) < n)
                    n = (size_t)(at - p), skip = strlen(*sep);
            }
            char *part = xstrndup(p, n), *d = n <= 48 ? iso(pg, part) : NULL;
            if (d && !when)
                when = d;
            else
                free(d);
            if (!d && !name && person_name(p, n) && !title_site(pg, p, n))
                name = p, name_n = n;
            free(part);
            p += n + skip;
        }
        /* (or a name glued to its stamp) */
        if (glued && !when && !name) {
            name = b->text, name_n = glued;
            when = iso(pg, b->text + glued);
        }
        if (name && (when || glued)) {
            a->byline = xstrndup(name, name_n);
            a->byline_by = false;
            a->byline_block = (int)i;
            if (b->label == LABEL_CONTENT)
                b->label = LABEL_BYLINE;
            if (!a->published) {
                a->published = when;
                when = NULL;
            }
        }
        free(when);
    }
}

/* HTML, no byline yet: a short line near the headline or where the body
 * starts that is all a link to an author's page ("/author/ann-lee") and
 * reads as a person's name: "Radek Nohl" under the headline. */
#define LINK_NAME_CHARS 60
static void author_link(Page *pg, Roles *a, long top, long f)
{
    for (long i = top < 0 ? 0 : top; pg->input == INPUT_HTML && !a->byline && f >= 0 &&
                                      i < (long)pg->n && i <= f + 3;
         i++) {
        Block *b = &pg->blocks[i];
        bool near = i <= top + 8 || i >= f - 3;
        if (!near || !(b->flags & F_AUTHORLINK) || (b->flags & (F_NAV | F_FOOTER)) ||
            b->link_density < 0.8 || b->chars > LINK_NAME_CHARS || i == a->headline_block ||
            !person_name(b->text, b->len) || !person_words(b))
            continue;
        a->byline = byline_text(pg, b->text, b->len);
        a->byline_block = (int)i;
        if (b->label == LABEL_CONTENT)
            b->label = LABEL_BYLINE;
    }
}

/* A publication glued to an author's name, as text taken from markup
 * runs them together: the site's name (the first line's last part in raw
 * text, og:site_name) right after a lower-case letter, "Dan Jervis-BardyThe
 * West Australian"; or a domain after "for", "Dolores Chang For
 * Dailymail.Com".  Cut from the name. */
static void unglue_sites(const Page *pg, Roles *a)
{
    const char *site = pg->meta.site;
    for (size_t i = 0; i < a->n_authors; i++) {
        char *x = a->authors[i];
        size_t n = strlen(x);
        const char *space = strchr(x, ' ');
        for (size_t k = 2; k + 2 < n && space; k++)
            if (x[k - 1] >= 'a' && x[k - 1] <= 'z' && x[k] >= 'A' && x[k] <= 'Z' && space < x + k &&
                (title_site(pg, x + k, n - k) || (site && !strcmp(x + k, site)))) {
                x[k] = '\0';
                break;
            }
        char *f = strstr(x, " For ");
        if (!f)
            f = strstr(x, " for ");
        /* (or a publication's name after a person's whole name: "Ann Lee
         * For The Valley Herald", "Ann Lee for the Guardian") */
        bool whole = f && memchr(x, ' ', (size_t)(f - x)) != NULL;
        const char *second = f ? strchr(f + 5, ' ') : NULL; /* ("the Guardian") */
        bool named = f && ((f[5] >= 'A' && f[5] <= 'Z') ||
                           (second && second - (f + 5) <= 3 && second[1] >= 'A' && second[1] <= 'Z'));
        if (f && f > x && ((strchr(f + 5, '.') && !strchr(f + 5, ' ')) || (whole && named)))
            *f = '\0';
    }
}

/* Where the agency's credit under the article names its reporters:
 * "(Reporting by Ann Lee in Paris and Tom Roe; Editing by Sam Ortiz)" in
 * one of the body's last paragraphs.  When the byline names only the
 * agency ("Reuters"), or no one, the reporters are the authors (each
 * without the place after " in "). */
#define CREDIT_LAST 3    /* paragraphs at the body's end looked at */
#define CREDIT_CHARS 300 /* bytes of the credit's names, at most */
static void reporting_credit(const Page *pg, Roles *a)
{
    for (size_t k = 0; k < a->n_authors; k++)
        if (!agency(a->authors[k], strlen(a->authors[k])))
            return;
    size_t seen = 0;
    for (size_t i = pg->n; i-- > 0 && seen < CREDIT_LAST;) {
        const Block *b = &pg->blocks[i];
        if (b->label != LABEL_CONTENT)
            continue;
        seen++;
        /* (in any case, ASCII's: offsets stay the text's own) */
        size_t from = 0;
        for (const char *const *w = words_byline_reporting; *w && !from; w++) {
            size_t wl = strlen(*w);
            for (size_t k = 0; k + wl <= b->len && !from; k++)
                if (!strncasecmp(b->text + k, *w, wl))
                    from = k + wl;
        }
        if (!from)
            continue;
        /* the names, up to the editors' part or the bracket's end (a copy:
         * what is searched ends there) */
        size_t n = strcspn(b->text + from, ";)");
        if (n > CREDIT_CHARS)
            n = CREDIT_CHARS;
        char s[CREDIT_CHARS + 1];
        memcpy(s, b->text + from, n);
        s[n] = '\0';
        /* (authors_from parts the names; a part in lower case is another
         * credit: "with reporting by Herb Lash" adds a reporter, "editing
         * by ..." ends them) */
        Buf names = {0};
        bool placed = false; /* (the part before ended with a place) */
        for (size_t p = 0; p < n;) {
            const char *c = memchr(s + p, ',', n - p);
            size_t e = c ? (size_t)(c - s) : n;
            while (p < e && s[p] == ' ')
                p++;
            /* (the place's country: "in Antwerp, Belgium") */
            if (placed && !memchr(s + p, ' ', e - p)) {
                p = e + 1;
                continue;
            }
            placed = false;
            if (p < e && s[p] >= 'a' && s[p] <= 'z') {
                const char *more = NULL;
                for (const char *const *w = words_byline_reporting; *w && !more; w++) {
                    const char *r = strstr(s + p, *w);
                    more = r && r < s + e ? r + strlen(*w) : NULL;
                }
                if (!more)
                    break;
                p = (size_t)(more - s);
            }
            /* (a name's place goes, up to the next name: "Ann Lee in
             * Amsterdam and ...") */
            for (size_t i = p; i < e;) {
                const char *in = category_at(s + i);
                size_t stop = in && (size_t)(in - s) < e ? (size_t)(in - s) : e;
                buf_add(&names, s + i, stop - i);
                if (stop == e)
                    break;
                size_t skip = e;
                for (const char *const *sep = words_byline_name_seps; *sep; sep++) {
                    const char *q = strstr(s + stop + 1, *sep);
                    if (q && (size_t)(q - s) < skip)
                        skip = (size_t)(q - s);
                }
                placed = skip == e;
                i = skip;
            }
            if (e < n)
                buf_adds(&names, ", ");
            p = e + 1;
        }
        Roles found;
        memset(&found, 0, sizeof found);
        if (names.len)
            authors_from(&found, names.p);
        buf_free(&names);
        if (found.n_authors) {
            for (size_t k = 0; k < a->n_authors; k++)
                free(a->authors[k]);
            free(a->authors);
            a->authors = found.authors;
            a->n_authors = found.n_authors;
        } else {
            free(found.authors);
        }
        return;
    }
}

void byline_read(Page *pg, Roles *a)
{
    long f = page_first_content(pg);
    long top = a->headline_block >= 0 ? a->headline_block : f;
    printed_lines(pg, a, top, f);
    dated_names(pg, a, top, f);
    author_link(pg, a, top, f);
    /* raw text: a date as the last part of the first line (the <title>:
     * "Title | Site | 28.04.2023") when nothing near the headline dates it */
    if (pg->input == INPUT_TEXT && !a->published && !a->modified && pg->n)
        a->published = title_date(pg, pg->blocks[0].text);
    named_authors(pg, a, top, f);
    name_lines(pg, a, f);
    unglue_sites(pg, a);
    reporting_credit(pg, a);
    dates(pg, a, f);
}

/* Is block b a stamp: a short line, no link, that opens with its date
 * (a digit, a month's or a weekday's name) and gives the year in four
 * digits ("06.10.2017 11:15", "Miércoles, 15 de Abril de 2020"; not
 * "12/16/78 - Saturday", nor "Terms of Use (10 Mar 2001)")? */
static bool stamp_line(const Block *b)
{
    if (b->chars > STAMP_CHARS || b->digits < 4 || b->link_density >= 0.5 ||
        (b->flags & F_FOOTER))
        return false;
    const char *t = b->text;
    size_t w = strcspn(t, " ,.");
    if (!(*t >= '0' && *t <= '9') && !date_month_name(t, w) &&
        !text_is_one_of(t, w, "", words_byline_weekdays))
        return false;
    for (const char *d = t; (d = strpbrk(d, "12")); d++)
        if ((d == t || !(d[-1] >= '0' && d[-1] <= '9')) && strspn(d, "0123456789") == 4 &&
            (!strncmp(d, "19", 2) || !strncmp(d, "20", 2)))
            return true;
    return false;
}

/* A page that holds no article (a section's front, a list of posts, a
 * thread) and that nothing dated is dated by the first day it prints on a
 * stamp's line: today's over its menus ("Miércoles, 15 de Abril de
 * 2020"), else its first item's, a list's newest ("06.10.2017 11:15"), a
 * thread's first post's. */
void byline_date_listing(const Page *pg, Roles *a)
{
    for (size_t i = 0; !a->published && !a->modified && i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        char *d = stamp_line(b) ? iso(pg, b->text) : NULL;
        if (d && strlen(d) >= 10)
            a->published = d;
        else
            free(d);
    }
}
