/* dateline: find and parse the dateline at the opening of an article.
 *
 * A dateline is parsed as
 *
 *     [CITY] [, REGION]... [, DATE] [(AGENCY) | (DATE) | /AGENCY/] SEPARATOR
 *
 * or with the agency first, "(AP) HONOLULU -".  The separator is a dash,
 * a colon, a line end, or nothing at all.  The weaker the form, the more
 * evidence it needs: an agency in parentheses stands on its own; a dash
 * needs a city in capitals, or a known city or region; a colon, a line end
 * or no separator needs a known place.  City lengths are tried longest
 * first, so "ATHENS, Greece Track coach" finds the region where it ends.
 */
#include "dateline.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "text.h"

/* ---- place and agency lists (lower case) ------------------------------ */

/* The place lists are data: src/words/dateline-cities.txt (AP's 30 US
 * cities that stand alone, and other cities that appear alone in datelines
 * the world over), -regions (countries, US states and AP's abbreviations,
 * Canadian provinces), -agencies (news agencies and wires), -not-places
 * (words in capitals that open captions and headings). */

/* Is s[0..n), lower-cased, one of the set's words? */
static bool listed(const WordSet *set, const char *s, size_t n)
{
    if (!n || n > 60)
        return false;
    char small[64];
    Buf low = {0};
    const char *key;
    size_t kl;
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
        ascii &= (unsigned char)s[i] < 0x80;
    if (ascii) {
        for (size_t i = 0; i < n; i++)
            small[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
        key = small;
        kl = n;
    } else {
        text_lower(&low, s, n);
        key = low.p;
        kl = low.len;
    }
    bool hit = false;
    for (uint32_t h = hash_bytes(key, kl) & set->mask; set->slot[h] && !hit; h = (h + 1) & set->mask) {
        const char *w = set->list[set->slot[h] - 1];
        hit = strlen(w) == kl && !memcmp(w, key, kl);
    }
    buf_free(&low);
    return hit;
}

/* ---- words ------------------------------------------------------------- */

enum { W_NONE, W_CAPS, W_TITLE, W_LOWER, W_CASELESS, W_OTHER };

typedef struct {
    size_t s, e;   /* bytes */
    int kind;
    bool dot;      /* ends with '.' */
} Word;

static int32_t cp_at(const char *s, size_t n, size_t i)
{
    if (i >= n)
        return 0;
    int32_t c;
    utf8_decode(s, n, i, &c);
    return c;
}

static size_t cp_len(const char *s, size_t n, size_t i)
{
    int32_t c;
    return utf8_decode(s, n, i, &c);
}

static bool mark(int32_t c)
{
    /* combining marks, which Arabic, Indic and other scripts use */
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0610 && c <= 0x061A) ||
           (c >= 0x064B && c <= 0x065F) || (c >= 0x0900 && c <= 0x0DFF && !cp_letter(c));
}

static bool word_cp(int32_t c)
{
    return cp_letter(c) || cp_digit(c) || mark(c) || c == '.' || c == '\'' || c == 0x2019 ||
           c == '&' || c == '/';
}

/* Read the word at i (no leading space).  A hyphen joins two letters. */
static Word read_word(const char *s, size_t n, size_t i)
{
    Word w = {i, i, W_NONE, false};
    size_t upper = 0, lower = 0, caseless = 0, digits = 0;
    int32_t first = 0;
    size_t j = i;
    while (j < n) {
        int32_t c = cp_at(s, n, j);
        if (c == '-' && j > i && cp_letter(cp_at(s, n, j + 1)) &&
            cp_letter(cp_at(s, n, j - 1)) &&
            !(upper && !lower && cp_upper(cp_at(s, n, j + 1)) &&
              cp_lower(cp_at(s, n, j + 1 + cp_len(s, n, j + 1))))) {
            j++;
            continue;
        }
        if (!word_cp(c))
            break;
        if (!first && cp_letter(c))
            first = c;
        if (cp_upper(c))
            upper++;
        else if (cp_lower(c))
            lower++;
        else if (cp_letter(c))
            caseless++;
        else if (cp_digit(c))
            digits++;
        j += cp_len(s, n, j);
    }
    w.e = j;
    if (j == i)
        return w;
    w.dot = s[j - 1] == '.';
    if (digits && !upper && !lower && !caseless)
        w.kind = W_OTHER;
    else if (digits)
        w.kind = W_OTHER;
    else if (caseless && !upper && !lower)
        w.kind = W_CASELESS;
    else if (upper && !lower)
        w.kind = W_CAPS;
    else if (cp_upper(first)) {
        /* McALLEN: capitals after a "Mc" or "Mac" prefix */
        if (lower <= 2 && upper >= 3 && (s[i] == 'M') &&
            (strncmp(s + i, "Mc", 2) == 0 || strncmp(s + i, "Mac", 3) == 0))
            w.kind = W_CAPS;
        else
            w.kind = W_TITLE;
    } else if (first)
        w.kind = W_LOWER;
    else
        w.kind = W_OTHER;
    return w;
}

static size_t skip_sp(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

static bool particle(const char *s, size_t n)
{
    return listed(&set_dateline_particles, s, n);
}

/* ---- dates ------------------------------------------------------------- */

/* A month's name or its abbreviation, in the languages of the main news
 * wires (src/words/dateline-months.txt). */
static bool month_word(const char *s, size_t n)
{
    if (n < 3 || n > 24 || !text_starts_maybe(&starts_dateline_months, s))
        return false;
    if (s[n - 1] == '.')
        n--;
    Buf low = {0};
    text_lower(&low, s, n);
    bool hit = false;
    size_t cn = text_chars(low.p, low.len);
    for (const char *const *m = words_dateline_months; *m && !hit; m++) {
        size_t ml = strlen(*m);
        if (low.len == ml && strcmp(low.p, *m) == 0)
            hit = true;
        else if ((cn == 3 || cn == 4) && low.len < ml && strncmp(low.p, *m, low.len) == 0)
            hit = true;
    }
    buf_free(&low);
    return hit;
}

static size_t digits_at(const char *s, size_t n, size_t i)
{
    size_t j = i;
    while (j < n && s[j] >= '0' && s[j] <= '9')
        j++;
    return j - i;
}

/* The end of the letters (any script) of a word at i. */
static size_t letters_end(const char *s, size_t n, size_t i)
{
    while (i < n && cp_letter(cp_at(s, n, i)))
        i += cp_len(s, n, i);
    return i;
}

/* A date like "Feb 26", "Aug. 17", "SEPTEMBER 06, 2004", "August 24.",
 * or day first, "26 nov", "26 ноября", "26 November 2024", "3. März", "3 de marzo".  Returns the
 * end of the date (without a trailing period) or 0. */
static size_t read_date(const char *s, size_t n, size_t i)
{
    size_t d = digits_at(s, n, i);
    /* (German sets a stop after the day: "3. März") */
    size_t dot = d && i + d < n && s[i + d] == '.';
    if (d >= 1 && d <= 2 && i + d + dot < n && s[i + d + dot] == ' ') {
        size_t w = i + d + dot + 1, e = letters_end(s, n, w);
        /* (Spanish and Portuguese set "de" before the month: "3 de marzo") */
        if (e < n && s[e] == ' ' && particle(s + w, e - w)) {
            w = e + 1;
            e = letters_end(s, n, w);
        }
        if (text_chars(s + w, e - w) < 3)
            return 0;
        /* a month name, or any word in a script we have no words_dateline_months for */
        bool latin = cp_at(s, n, w) < 0x250;
        if (latin && !month_word(s + w, e - w + (e < n && s[e] == '.')))
            return 0;
        size_t end = e;
        if (end + 5 <= n && s[end] == ' ' && digits_at(s, n, end + 1) == 4)
            end += 5;
        return end;
    }
    size_t j = letters_end(s, n, i);
    if (j == i)
        return 0;
    if (j < n && s[j] == '.')
        j++;
    if (!month_word(s + i, j - i))
        return 0;
    j = skip_sp(s, n, j);
    d = digits_at(s, n, j);
    if (d < 1 || d > 2)
        return 0;
    j += d;
    size_t end = j;
    if (j + 2 < n && s[j] == ',' && s[j + 1] == ' ' && digits_at(s, n, j + 2) == 4)
        end = j + 6;
    else if (j + 1 < n && s[j] == ' ' && digits_at(s, n, j + 1) == 4)
        end = j + 5;
    return end;
}

/* ---- the parse --------------------------------------------------------- */

enum { SEP_NONE, SEP_DASH, SEP_COLON, SEP_LINE, SEP_DOT };

typedef struct {
    size_t city_s, city_e, region_s, region_e, agency_s, agency_e, date_s, date_e;
    size_t end, body;
    int sep;
    int city_kind;
} Parse;

static bool weekday_at(const char *s, size_t n, size_t i)
{
    size_t e = letters_end(s, n, i);
    return listed(&set_dateline_days, s + i, e - i);
}

static bool agency_like(const char *s, size_t n)
{
    if (listed(&set_dateline_agencies, s, n))
        return true;
    /* a web site: washingtonpost.com, PanARMENIAN.Net */
    const char *dot = NULL;
    for (size_t k = 0; k < n; k++)
        if (s[k] == '.')
            dot = s + k;
    if (dot && n - (size_t)(dot - s) >= 3 && n - (size_t)(dot - s) <= 4) {
        const char *tld = dot + 1;
        if (!strncasecmp(tld, "com", 3) || !strncasecmp(tld, "net", 3) ||
            !strncasecmp(tld, "org", 3))
            return true;
    }
    /* a desk: CBC SPORTS ONLINE, HealthDayNews */
    size_t last = n;
    while (last > 0 && s[last - 1] != ' ')
        last--;
    const char *lw = s + last;
    size_t ll = n - last;
    if (listed(&set_dateline_desks, lw, ll) && last > 0)
        return true;
    /* one brand-like word: NewsFactor, HealthDayNews (not McDonald) */
    if (last == 0 && strncmp(s, "Mc", 2) != 0 && strncmp(s, "Mac", 3) != 0) {
        for (size_t k = 1; k < n; k++)
            if (s[k] >= 'A' && s[k] <= 'Z' && s[k - 1] >= 'a' && s[k - 1] <= 'z')
                return true;
    }
    return false;
}

/* Parenthesised text at i: date, agency, or neither. */
static int read_paren(const char *s, size_t n, size_t i, size_t *cs, size_t *ce, size_t *after)
{
    if (i >= n || s[i] != '(')
        return 0;
    size_t j = i + 1;
    while (j < n && s[j] != ')' && s[j] != '\n' && s[j] != '(' && j - i < 48)
        j++;
    if (j >= n || s[j] != ')' || j == i + 1)
        return 0;
    *cs = i + 1;
    *ce = j;
    *after = j + 1;
    size_t de = read_date(s, n, i + 1);
    if (de && (de == j || (de + 1 == j && s[de] == '.')))
        return 2; /* a date */
    int32_t c = cp_at(s, n, i + 1);
    if (listed(&set_dateline_agencies, s + i + 1, j - i - 1))
        return 1;
    /* "(dpa/lno)", "(dpa-AFX)": an agency and its desk or service */
    for (size_t k = i + 1; k < j; k++)
        if ((s[k] == '/' || s[k] == '-') && listed(&set_dateline_agencies, s + i + 1, k - i - 1))
            return 1;
    for (size_t k = i + 1; k < j; k++)
        if (s[k] == ':' || s[k] == ',' || s[k] == ';' || (unsigned char)s[k] == 0xC2)
            return 0; /* "(Image: © NASA)", "(1-0)": a credit or a score */
    if (!(cp_upper(c) || (cp_letter(c) && !cp_lower(c))))
        return 0;
    /* at most four words, none of them in lower case but short particles */
    size_t words = 1;
    for (size_t k = i + 1; k < j; k++) {
        if (s[k] == ' ') {
            words++;
            int32_t d = cp_at(s, n, k + 1);
            if (cp_lower(d))
                return 0;
        }
    }
    return words <= 4 ? 1 : 0;
}

/* A separator at i (after optional spaces).  Sets p->sep, end, body. */
static void read_sep(const char *s, size_t n, size_t i, Parse *p)
{
    size_t j = skip_sp(s, n, i);
    int32_t c = cp_at(s, n, j);
    /* a hyphen glued on both sides joins words: "EU-Kommission" */
    bool glued = c == '-' && j == i && j > 0 && s[j - 1] != ' ' && j + 1 < n &&
                 cp_letter(cp_at(s, n, j + 1));
    if (cp_dash(c) && !glued) {
        size_t k = j;
        while (k < n && cp_dash(cp_at(s, n, k)))
            k += cp_len(s, n, k);
        p->sep = SEP_DASH;
        p->end = k;
        p->body = skip_sp(s, n, k);
        while (p->body < n && (s[p->body] == '\n' || s[p->body] == ' '))
            p->body++;
        return;
    }
    if (c == ':' || c == 0xFF1A) {
        p->sep = SEP_COLON;
        p->end = j + cp_len(s, n, j);
        p->body = skip_sp(s, n, p->end);
        return;
    }
    if (j >= n || s[j] == '\n') {
        p->sep = SEP_LINE;
        p->end = i;
        size_t k = j;
        while (k < n && (s[k] == '\n' || s[k] == ' ' || s[k] == '\t'))
            k++;
        p->body = k;
        return;
    }
    p->sep = SEP_NONE;
    p->end = i;
    p->body = j;
}

static bool known_city(const char *s, size_t n)
{
    return listed(&set_dateline_cities, s, n);
}

/* The region part s[a..b) is one or more known places, split by commas. */
static bool known_region(const char *s, size_t a, size_t b)
{
    while (a < b) {
        size_t e = a;
        while (e < b && s[e] != ',')
            e++;
        size_t t = e;
        while (t > a && s[t - 1] == ' ')
            t--;
        if (!listed(&set_dateline_regions, s + a, t - a))
            return false;
        a = e < b ? skip_sp(s, b, e + 1) : b;
    }
    return true;
}

static bool city_known(const char *s, size_t a, size_t b)
{
    if (known_city(s + a, b - a))
        return true;
    /* "YANGON/BANGKOK", "Washington/ New Delhi": every part known */
    bool slash = false;
    for (size_t k = a; k < b; k++)
        slash |= s[k] == '/';
    if (!slash)
        return false;
    while (a < b) {
        size_t e = a;
        while (e < b && s[e] != '/')
            e++;
        if (!known_city(s + a, e - a))
            return false;
        a = e < b ? skip_sp(s, b, e + 1) : b;
    }
    return true;
}

static bool any_not_place(const char *s, size_t a, size_t b)
{
    if (listed(&set_dateline_not_places, s + a, b - a))
        return true;
    while (a < b) {
        size_t e = a;
        while (e < b && s[e] != ' ')
            e++;
        if (listed(&set_dateline_not_places, s + a, e - a))
            return true;
        a = e + 1;
    }
    return false;
}

/* Capitals that read as a heading, not a place: more than three words, or
 * a function word among them ("LE POINT SUR LA SITUATION -"). */
static bool heading_words(const char *s, size_t a, size_t b)
{
    size_t words = 0;
    while (a < b) {
        size_t e = a;
        while (e < b && s[e] != ' ')
            e++;
        words++;
        if (words > 1 && listed(&set_dateline_function_words, s + a, e - a))
            return true;
        a = e + 1;
    }
    return words > 3;
}

static bool comma_at(const char *s, size_t n, size_t i, size_t *after)
{
    if (i < n && s[i] == ',') {
        *after = i + 1;
        return true;
    }
    if (i + 1 < n && (unsigned char)s[i] == 0xD8 && (unsigned char)s[i + 1] == 0x8C) {
        *after = i + 2; /* Arabic comma */
        return true;
    }
    return false;
}

static bool stops_here(const char *s, size_t n, size_t i)
{
    size_t j = skip_sp(s, n, i), after;
    if (j >= n || s[j] == '\n' || s[j] == '(' || s[j] == ':' || s[j] == '/')
        return true;
    return cp_dash(cp_at(s, n, j)) || comma_at(s, n, j, &after);
}

#define MAX_WORDS 6

/* Words from i, in one case mode; stops at punctuation. */
static size_t read_words(const char *s, size_t n, size_t i, Word *w, size_t *glued)
{
    size_t k = 0;
    int mode = W_NONE;
    *glued = 0;
    while (k < MAX_WORDS && i < n) {
        Word x = read_word(s, n, i);
        if (x.e == x.s)
            break;
        if (x.kind == W_TITLE && (mode == W_NONE || mode == W_CAPS)) {
            /* NEW YORKFewer: capitals glued to the next sentence */
            size_t j = x.s, caps = 0, last_cap = x.s;
            while (j < x.e && cp_upper(cp_at(s, n, j))) {
                last_cap = j;
                caps++;
                j += cp_len(s, n, j);
            }
            if (caps >= 3 && j < x.e && cp_lower(cp_at(s, n, j))) {
                x.e = last_cap;
                x.kind = W_CAPS;
                x.dot = false;
                w[k++] = x;
                *glued = last_cap;
                break;
            }
        }
        if (mode == W_NONE)
            mode = x.kind == W_OTHER ? W_NONE : x.kind;
        bool ok = x.kind == mode ||
                  (mode == W_TITLE && x.kind == W_CAPS && x.e - x.s <= 4) ||
                  (mode == W_TITLE && x.kind == W_LOWER && particle(s + x.s, x.e - x.s));
        if (!ok || mode == W_NONE || mode == W_OTHER)
            break;
        w[k++] = x;
        i = x.e;
        /* one space (or "/ ") to the next word */
        if (i < n && s[i] == ' ' && i + 1 < n && s[i + 1] != ' ')
            i++;
        else if (!(i > 0 && s[i - 1] == '/'))
            break;
    }
    /* a trailing particle is not part of a name */
    while (mode == W_TITLE && k > 0 && w[k - 1].kind == W_LOWER)
        k--;
    return k;
}

/* Region words from i; returns the count and fills w. */
static size_t read_region(const char *s, size_t n, size_t i, Word *w)
{
    size_t k = 0;
    while (k < MAX_WORDS && i < n) {
        Word x = read_word(s, n, i);
        if (x.e == x.s)
            break;
        if (x.kind != W_CAPS && x.kind != W_TITLE && x.kind != W_CASELESS &&
            !(x.kind == W_LOWER && k > 0 && particle(s + x.s, x.e - x.s)))
            break;
        if (k == 0 && read_date(s, n, x.s))
            break;
        w[k++] = x;
        i = x.e;
        if (i < n && s[i] == ' ' && i + 1 < n && s[i + 1] != ' ' && s[i + 1] != '(')
            i++;
        else
            break;
    }
    while (k > 0 && w[k - 1].kind == W_LOWER)
        k--;
    return k;
}

static bool validate(const char *s, size_t n, Parse *p)
{
    bool city = p->city_e > p->city_s;
    bool agency = p->agency_e > p->agency_s;
    bool region = p->region_e > p->region_s;
    bool date = p->date_e > p->date_s;
    bool caps = p->city_kind == W_CAPS;
    bool known = city && city_known(s, p->city_s, p->city_e);
    bool kregion = region && known_region(s, p->region_s, p->region_e);
    if (city && !known && any_not_place(s, p->city_s, p->city_e))
        return false;
    if (p->body >= n && p->sep != SEP_DASH && p->sep != SEP_COLON)
        return false; /* nothing follows */
    if (city && !agency && !region && !date && p->sep == SEP_DASH &&
        agency_like(s + p->city_s, p->city_e - p->city_s) && !known) {
        /* a credit line: "Associated Press - Friday, April 28, 2023" */
        if (p->body < n && (read_date(s, n, p->body) || weekday_at(s, n, p->body) ||
                            !cp_letter(cp_at(s, n, p->body))))
            return false;
        p->agency_s = p->city_s;
        p->agency_e = p->city_e;
        p->city_s = p->city_e = 0;
        return true;
    }
    if (city && p->city_kind == W_LOWER)
        return false;
    if (agency) {
        if (p->sep != SEP_NONE)
            return true;
        /* with no separator, an unlisted "agency" after a short acronym
         * is an expansion: "BPM (Beats Per Minute) is ..." */
        return listed(&set_dateline_agencies, s + p->agency_s, p->agency_e - p->agency_s) || known ||
               (caps && text_chars(s + p->city_s, p->city_e - p->city_s) >= 4);
    }
    if (!city)
        return false;
    /* an unknown acronym of one short word is no place: "HST -", "EU -" */
    if (caps && !known && !region && !date && text_chars(s + p->city_s, p->city_e - p->city_s) < 4)
        return false;
    switch (p->sep) {
    case SEP_DASH:
        if (p->body < n && cp_digit(cp_at(s, n, p->body)) && !date)
            return false; /* "NAME - 2019-04-10": a byline and a date */
        if (caps && p->city_e - p->city_s <= 40 &&
            (known || region || date || !heading_words(s, p->city_s, p->city_e)))
            return true;
        return known || kregion || (region && date);
    case SEP_COLON:
        return (caps || p->city_kind == W_TITLE) && (known || kregion || date);
    case SEP_LINE:
        return (caps || p->city_kind == W_TITLE) && (known || kregion);
    case SEP_DOT:
        return known;
    default: {
        int32_t c = cp_at(s, n, p->body);
        return caps && (known || kregion) && (cp_upper(c) || cp_digit(c) || c == '"' || c == 0x201C);
    }
    }
}

/* Everything after the city: region, date, agency, separator. */
/* The parts after the city, each after a comma: words_dateline_regions ("Ill.",
 * "South Korea"), or a date that ends them.  *j moves past them; false
 * when a part is neither. */
static bool comma_parts(const char *s, size_t n, size_t *j, Parse *p)
{
    size_t after;
    while (comma_at(s, n, *j, &after)) {
        size_t q = skip_sp(s, n, after);
        size_t de = read_date(s, n, q);
        if (de) {
            p->date_s = q;
            p->date_e = de;
            *j = de;
            break;
        }
        Word r[MAX_WORDS];
        size_t m = read_region(s, n, q, r);
        if (!m)
            return false;
        size_t e = r[m - 1].e;
        if (!stops_here(s, n, e)) {
            /* "ATHENS, Greece Track coach": the longest known prefix */
            while (m > 0 && !listed(&set_dateline_regions, s + q, r[m - 1].e - q))
                m--;
            if (!m)
                return false;
            e = r[m - 1].e;
        }
        if (p->region_e <= p->region_s)
            p->region_s = q;
        p->region_e = e;
        *j = e;
    }
    return true;
}

static bool parse_tail(const char *s, size_t n, size_t j, Parse *p)
{
    size_t after;
    if (!comma_parts(s, n, &j, p))
        return false;
    size_t q = skip_sp(s, n, j), cs, ce;
    /* "New Delhi [India], Nov 26 (ANI):": the region in brackets */
    if (q < n && s[q] == '[' && p->region_e <= p->region_s && p->city_e > p->city_s) {
        const char *close = memchr(s + q, ']', n - q < 48 ? n - q : 48);
        if (close && close > s + q + 1 && cp_upper(cp_at(s, n, q + 1))) {
            p->region_s = q + 1;
            p->region_e = (size_t)(close - s);
            j = (size_t)(close - s) + 1;
            if (comma_at(s, n, j, &after))
                return parse_tail(s, n, j, p);
            q = skip_sp(s, n, j);
        }
    }
    /* "MADRID, 12 Mar. (EUROPA PRESS) -": the month's period */
    if (p->date_e > p->date_s && q == p->date_e && q + 2 < n && s[q] == '.' && s[q + 1] == ' ' &&
        s[q + 2] == '(')
        q += 2;
    int paren = read_paren(s, n, q, &cs, &ce, &after);
    if (paren == 2 && p->date_e <= p->date_s) {
        p->date_s = cs;
        p->date_e = ce;
        j = after;
    } else if (paren == 1) {
        p->agency_s = cs;
        p->agency_e = ce;
        j = after;
        /* "NEW YORK, NY (PRWEB) October 26, 2024 --": a date after it */
        size_t q2 = skip_sp(s, n, j), de = p->date_e <= p->date_s ? read_date(s, n, q2) : 0;
        if (de) {
            size_t t = skip_sp(s, n, de);
            if (t < n && cp_dash(cp_at(s, n, t))) {
                p->date_s = q2;
                p->date_e = de;
                j = de;
            }
        }
    }
    /* between slashes: "BERLIN, August 24. /TASS/." and
     * "NEW YORK, Nov. 26, 2024 /PRNewswire/ --" */
    q = j;
    if (q < n && s[q] == '.')
        q++;
    q = skip_sp(s, n, q);
    if (q < n && s[q] == '/' && p->agency_e <= p->agency_s) {
        size_t e = q + 1;
        while (e < n && e - q < 48 && s[e] != '/' && s[e] != '\n')
            e++;
        if (e < n && s[e] == '/' && e > q + 1 && cp_letter(cp_at(s, n, q + 1))) {
            p->agency_s = q + 1;
            p->agency_e = e;
            j = e + 1;
            size_t k = skip_sp(s, n, j);
            if (k < n && cp_dash(cp_at(s, n, k))) {
                read_sep(s, n, j, p);
                return validate(s, n, p);
            }
            if (j < n && s[j] == '.')
                j++;
            p->sep = SEP_DASH;
            p->end = j;
            p->body = skip_sp(s, n, j);
            return validate(s, n, p);
        }
    }
    /* EFE: "(EFE).-" */
    if (p->agency_e > p->agency_s && j + 1 < n && s[j] == '.' && cp_dash(cp_at(s, n, j + 1)))
        j++;
    read_sep(s, n, j, p);
    /* "SAN FRANCISCO--(BUSINESS WIRE)--": the agency between dashes */
    if (p->sep == SEP_DASH && p->agency_e <= p->agency_s) {
        size_t cs, ce, after;
        if (read_paren(s, n, p->end, &cs, &ce, &after) == 1) {
            Parse q = *p;
            read_sep(s, n, after, &q);
            if (q.sep == SEP_DASH) {
                q.agency_s = cs;
                q.agency_e = ce;
                *p = q;
            }
        }
    }
    /* "MOSCOW-The Associated Press" on a line of its own */
    if (p->sep == SEP_DASH && p->agency_e <= p->agency_s && j < n && s[j] == '-' &&
        p->end == j + 1) {
        size_t e = p->end;
        while (e < n && s[e] != '\n')
            e++;
        if (e < n && e - p->end <= 40 && listed(&set_dateline_agencies, s + p->end, e - p->end)) {
            p->agency_s = p->end;
            p->agency_e = e;
            p->end = e;
            p->body = e + 1;
        }
    }
    return validate(s, n, p);
}

/* Try a dateline that starts exactly at i. */
static bool parse_at(const char *s, size_t n, size_t i, Parse *out)
{
    Word w[MAX_WORDS];
    size_t glued;
    size_t nw = read_words(s, n, i, w, &glued);
    for (size_t k = nw + 1; k-- > 0;) {
        Parse p;
        memset(&p, 0, sizeof p);
        size_t j = i;
        if (k > 0) {
            p.city_s = i;
            p.city_e = w[k - 1].e;
            p.city_kind = w[0].kind;
            for (size_t m = 0; m < k; m++)
                if (w[m].kind == W_CAPS && p.city_kind == W_TITLE && m == 0)
                    p.city_kind = W_CAPS;
            j = p.city_e;
            if (glued && k == nw) {
                p.sep = SEP_NONE;
                p.end = p.body = glued;
                if (validate(s, n, &p)) {
                    *out = p;
                    return true;
                }
                continue;
            }
            /* "Hamburg. Gabi ...": the period ends the dateline; and
             * "Frankfurt/Main. (dpa) Die ...": an agency after it */
            if (w[k - 1].dot && k == 1 && j < n && s[j] == ' ') {
                Parse d = p;
                d.city_e = j - 1;
                d.sep = SEP_DOT;
                d.end = j;
                d.body = j + 1;
                size_t cs, ce, after;
                if (read_paren(s, n, j + 1, &cs, &ce, &after) == 1) {
                    d.agency_s = cs;
                    d.agency_e = ce;
                    read_sep(s, n, after, &d);
                }
                if (validate(s, n, &d)) {
                    *out = d;
                    return true;
                }
            }
        } else {
            size_t de = read_date(s, n, i);
            if (de) {
                p.date_s = i;
                p.date_e = de;
                j = de;
            }
            /* "(AP) HONOLULU -": the agency first */
            size_t cs, ce, after;
            if (read_paren(s, n, i, &cs, &ce, &after) == 1) {
                size_t q = skip_sp(s, n, after), g;
                Word cw[MAX_WORDS];
                size_t m = read_words(s, n, q, cw, &g);
                if (m && cw[0].kind == W_CAPS && !g) {
                    Parse a;
                    memset(&a, 0, sizeof a);
                    a.agency_s = cs;
                    a.agency_e = ce;
                    a.city_s = q;
                    a.city_e = cw[m - 1].e;
                    a.city_kind = W_CAPS;
                    read_sep(s, n, a.city_e, &a);
                    if (a.sep == SEP_DASH && !any_not_place(s, a.city_s, a.city_e)) {
                        *out = a;
                        return true;
                    }
                }
            }
        }
        if (parse_tail(s, n, j, &p)) {
            *out = p;
            return true;
        }
    }
    return false;
}

static bool byline_at(const char *s, size_t n, size_t i)
{
    return i + 3 < n && (s[i] == 'B' || s[i] == 'b') && (s[i + 1] == 'y' || s[i + 1] == 'Y') &&
           s[i + 2] == ' ' && cp_upper(cp_at(s, n, i + 3));
}

static char *span(const char *s, size_t a, size_t b)
{
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\n' || s[b - 1] == '\t'))
        b--;
    while (a < b && (s[a] == ' ' || s[a] == '\n'))
        a++;
    if (b <= a)
        return NULL;
    return text_clean(s + a, b - a, NULL);
}

static bool fill(const char *s, size_t start, const Parse *p, Dateline *d)
{
    memset(d, 0, sizeof *d);
    d->start = start;
    d->end = p->end;
    d->body = p->body;
    d->text = span(s, start, p->end);
    if (!d->text)
        return false;
    d->city = p->city_e > p->city_s ? span(s, p->city_s, p->city_e) : NULL;
    d->region = p->region_e > p->region_s ? span(s, p->region_s, p->region_e) : NULL;
    d->agency = p->agency_e > p->agency_s ? span(s, p->agency_s, p->agency_e) : NULL;
    d->date = p->date_e > p->date_s ? span(s, p->date_s, p->date_e) : NULL;
    return true;
}

bool dateline_find(const char *s, size_t n, Dateline *d)
{
    memset(d, 0, sizeof *d);
    size_t line = 0;
    for (int tries = 0; tries < 4 && line < n; tries++) {
        size_t i = skip_sp(s, n, line);
        size_t eol = i;
        while (eol < n && s[eol] != '\n')
            eol++;
        Parse p;
        if (byline_at(s, n, i)) {
            /* "By NAME CITY (AP) --": try each word after "By" */
            Parse best;
            size_t best_at = 0;
            bool have = false;
            size_t j = i + 3;
            for (int w = 0; w < 10 && j < eol; w++) {
                if (parse_at(s, n, j, &p)) {
                    bool known = p.city_e > p.city_s && city_known(s, p.city_s, p.city_e);
                    if (!have || known || !(best.city_e > best.city_s &&
                                            city_known(s, best.city_s, best.city_e))) {
                        best = p;
                        best_at = j;
                        have = true;
                    }
                    if (known)
                        break;
                }
                while (j < eol && s[j] != ' ' && s[j] != '(')
                    j++;
                if (j < eol && s[j] == '(' && !parse_at(s, n, j, &p)) {
                    while (j < eol && s[j] != ' ')
                        j++;
                }
                while (j < eol && s[j] == ' ')
                    j++;
            }
            if (have)
                return fill(s, best_at, &best, d);
        } else if (parse_at(s, n, i, &p)) {
            /* "Canadian Press - OTTAWA (CP) -": a site or desk name, then
             * the real dateline */
            Parse q;
            if (p.city_e <= p.city_s && p.agency_s == i && p.sep == SEP_DASH &&
                parse_at(s, n, p.body, &q) && q.city_e > q.city_s && q.sep != SEP_NONE)
                return fill(s, p.body, &q, d);
            /* "(ANSA) - ROMA, 12 MAR - ...": the agency, then the place */
            if (p.city_e <= p.city_s && p.agency_e > p.agency_s && p.sep == SEP_DASH &&
                parse_at(s, n, p.body, &q) && q.city_e > q.city_s && q.sep == SEP_DASH &&
                q.agency_e <= q.agency_s && q.city_kind == W_CAPS) {
                q.agency_s = p.agency_s;
                q.agency_e = p.agency_e;
                return fill(s, i, &q, d);
            }
            return fill(s, i, &p, d);
        }
        /* the next line, when this one is short: a byline, a time, a credit */
        if (eol - line > 200 || eol >= n)
            break;
        line = eol + 1;
    }
    return false;
}

void dateline_free(Dateline *d)
{
    free(d->text);
    free(d->city);
    free(d->region);
    free(d->agency);
    free(d->date);
    memset(d, 0, sizeof *d);
}
