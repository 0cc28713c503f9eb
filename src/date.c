/* date: the dates pages print, read into ISO 8601. */
#include "date.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"
#include "words.h"

/* The month (1-12) a word names, by full name or a prefix of 3+ letters
 * (src/words/months.LANG.txt), or by its whole name, for the languages
 * whose month names' prefixes are often words, and as dates write them
 * ("5 marca 2024", "5. března 2024", "5 марта 2024", "5 Mart 2024")
 * (src/words/months-whole.LANG.txt). */
static int month_of(const char *s, size_t n)
{
    _Static_assert(WORDS_MONTHS_LANGS >= 1 && WORDS_MONTHS_WHOLE_LANGS >= 1, "month names");
    if (n < 3 || n > 24 ||
        !(text_starts_maybe(&starts_months, s) || text_starts_maybe(&starts_months_whole, s)))
        return 0;
    Buf low = {0};
    text_lower(&low, s, n);
    int found = 0;
    for (const char *const *const *l = words_months; *l && !found; l++)
        for (int m = 0; m < 12 && !found; m++) {
            const char *name = (*l)[m];
            size_t ml = strlen(name);
            if (low.len <= ml && strncmp(low.p, name, low.len) == 0 &&
                (low.len == ml || low.len >= 3))
                found = m + 1;
        }
    for (const char *const *const *l = words_months_whole; *l && !found; l++)
        for (int m = 0; m < 12 && !found; m++)
            if (!strcmp(low.p, (*l)[m]))
                found = m + 1;
    buf_free(&low);
    return found;
}

static bool digit(char c) { return c >= '0' && c <= '9'; }
static bool letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

static int num(const char *s, size_t len)
{
    int v = 0;
    for (size_t i = 0; i < len; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static size_t digits(const char *s)
{
    size_t k = 0;
    while (digit(s[k]))
        k++;
    return k;
}

static bool valid(int y, int m, int d)
{
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* A time "10:21", "10:21:00", "10:21:00.123" and a zone "Z", "+02:00",
 * "-0400", " GMT", " UTC" after it.  Appends to out; returns bytes read. */
static size_t read_time(const char *s, char *out, size_t cap)
{
    size_t i = 0;
    if (s[i] == 'T' || s[i] == ' ')
        i++;
    size_t hd = digits(s + i); /* (the hour: "09:51", "9:51 pm", "16h28") */
    if (!((hd == 2 || hd == 1) && (s[i + hd] == ':' || s[i + hd] == 'h') &&
          digits(s + i + hd + 1) == 2))
        return 0;
    int h = num(s + i, hd), mi = num(s + i + hd + 1, 2), sec = -1;
    i += hd + 3;
    if (s[i] == ':' && digits(s + i + 1) == 2) {
        sec = num(s + i + 1, 2);
        i += 3;
        if (s[i] == '.' || s[i] == ',') {
            i++;
            i += digits(s + i);
        }
    }
    /* a twelve-hour clock: "11:15 PM", "9:06 a.m.", "1:44p" */
    size_t k = i + (s[i] == ' ');
    char ap = (char)(s[k] | 0x20);
    if ((ap == 'a' || ap == 'p') && h >= 1 && h <= 12) {
        size_t m = k + 1 + (s[k + 1] == '.');
        if ((s[m] | 0x20) == 'm' && !letter(s[m + 1])) {
            h = ap == 'p' ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
            i = m + 1 + (s[m + 1] == '.');
        } else if (k == i && !letter(s[k + 1])) {
            h = ap == 'p' ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
            i = k + 1;
        }
    }
    /* (in Arabic: "09:22 مساءً", evening; "صباحاً", morning; in Greek,
     * "9:02 μμ" or "μ.μ.", after noon) */
    if (s[i] == ' ' && h >= 1 && h <= 12 &&
        (!strncmp(s + i + 1, "مساء", strlen("مساء")) || !strncmp(s + i + 1, "μμ", strlen("μμ")) ||
         !strncmp(s + i + 1, "μ.μ.", strlen("μ.μ."))))
        h = h == 12 ? 12 : h + 12;
    if (h > 23 || mi > 59 || sec > 60)
        return 0;
    size_t len = strlen(out);
    if (sec >= 0)
        snprintf(out + len, cap - len, "T%02d:%02d:%02d", h, mi, sec);
    else
        snprintf(out + len, cap - len, "T%02d:%02d", h, mi);
    len = strlen(out);
    if (s[i] == 'Z') {
        snprintf(out + len, cap - len, "Z");
        i++;
    } else if ((s[i] == '+' || s[i] == '-') && digits(s + i + 1) >= 2) {
        int zh = num(s + i + 1, 2), zm = 0;
        size_t k = i + 3;
        if (s[k] == ':' && digits(s + k + 1) == 2) {
            zm = num(s + k + 1, 2);
            k += 3;
        } else if (digits(s + k) == 2) {
            zm = num(s + k, 2);
            k += 2;
        }
        if (zh <= 14 && zm < 60) {
            snprintf(out + len, cap - len, "%c%02d:%02d", s[i], zh, zm);
            i = k;
        }
    } else if (!strncmp(s + i, " GMT", 4) || !strncmp(s + i, " UTC", 4)) {
        /* (with an offset: "2:26 PM GMT+2", "10:00 UTC-05:00") */
        size_t k = i + 4, zd = (s[k] == '+' || s[k] == '-') ? digits(s + k + 1) : 0;
        int zh = zd == 1 || zd == 2 ? num(s + k + 1, zd) : -1, zm = 0;
        if (zh >= 0 && s[k + 1 + zd] == ':' && digits(s + k + 2 + zd) == 2)
            zm = num(s + k + 2 + zd, 2), zd += 3;
        if (zh >= 0 && zh <= 14 && zm < 60) {
            snprintf(out + len, cap - len, "%c%02d:%02d", s[k], zh, zm);
            i = k + 1 + zd;
        } else {
            snprintf(out + len, cap - len, "Z");
            i += 4;
        }
    }
    return i;
}

static bool emit(char *out, size_t cap, int y, int m, int d, const char *rest)
{
    if (!valid(y, m, d))
        return false;
    snprintf(out, cap, "%04d-%02d-%02d", y, m, d);
    if (rest)
        read_time(rest, out, cap);
    return true;
}

/* The month word at s: returns its number and sets *len. */
static int month_word_at(const char *s, size_t *len)
{
    size_t k = 0;
    for (;;) {
        unsigned char b = (unsigned char)s[k];
        if (b < 0x80) { /* (the NUL included) */
            if (!cp_letter(b))
                break;
            k++;
            continue;
        }
        /* a character reads at most four bytes, none past the NUL */
        int32_t c;
        size_t l = utf8_decode(s, k + strnlen(s + k, 4), k, &c);
        /* (a vowel sign goes on the word: "जुलाई") */
        if (!cp_letter(c) && !(k && cp_mark(c)))
            break;
        k += l;
    }
    *len = k;
    return month_of(s, k);
}

bool date_month_first(const char *s)
{
    size_t len;
    if (!month_word_at(s, &len) || len < 3)
        return false;
    const char *p = s + len;
    if (*p == '.')
        p++;
    while (*p == ' ')
        p++;
    return *p >= '0' && *p <= '9';
}

/* A year of four digits at p, after a month's name; or one glued to
 * the number after it, as text taken from a page's elements runs them
 * together: the hour ("April 25, 20232:23 PM"), an age or a count ("April
 * 10, 20233 years", "November 21, 202501747" over a view count), when
 * its first four digits are a year of these decades. */
static bool year_at(const char *p)
{
    size_t k = digits(p);
    int y = k > 4 ? num(p, 4) : 0;
    return k == 4 || ((k == 5 || k == 6) && p[k] == ':' && digits(p + k + 1) == 2) ||
           (k > 4 && y >= 1990 && y < 2040);
}

/* A date written with the units after each number, from a four-digit
 * year at s: "2024年1月13日", "2024년 1월 13일". */
static bool year_units(const char *s, char *out, size_t cap)
{
    for (const char *const *const *u = words_date_units; *u; u++) {
        const char *p = s + 4;
        int v[3] = {num(s, 4), 0, 0};
        bool ok = true;
        for (size_t k = 0; k < 3 && ok; k++) {
            size_t ul = strlen((*u)[k]);
            ok = !strncmp(p, (*u)[k], ul);
            if (!ok || k == 2)
                break;
            p += ul;
            while (*p == ' ')
                p++;
            size_t e = digits(p);
            ok = e == 1 || e == 2;
            v[k + 1] = num(p, e);
            p += e;
        }
        if (ok)
            return emit(out, cap, v[0], v[1], v[2], NULL);
    }
    return false;
}

/* The length of an ordinal's ending after a day at s ("st", "nd", "rd",
 * "th", French "er"), when a space or a comma follows it; else 0. */
static size_t ordinal_suffix(const char *s)
{
    bool two = (s[0] == 's' && s[1] == 't') || (s[0] == 'n' && s[1] == 'd') ||
               (s[0] == 'r' && s[1] == 'd') || (s[0] == 't' && s[1] == 'h') ||
               (s[0] == 'e' && s[1] == 'r');
    return two && (s[2] == ' ' || s[2] == ',') ? 2 : 0;
}

/* The length of the word between a date and its time at s ("at "), or 0. */
static size_t time_joiner(const char *s)
{
    int k = text_phrase_at(&phrases_date_time_joiners, s);
    return k < 0 ? 0 : strlen(words_date_time_joiners[k]);
}

/* Does what follows a two-digit year end the date: nothing, or a time
 * ("à 9:21", ", 10:00", "- 14:16")? */
static bool two_digit_year_end(const char *p)
{
    if (*p == ',')
        p++;
    if (!*p)
        return true;
    if (*p != ' ')
        return false;
    p++;
    size_t j = time_joiner(p);
    if (j)
        p += j;
    else if ((*p == '-' || *p == '|') && p[1] == ' ')
        p += 2;
    size_t h = digits(p);
    return (h == 1 || h == 2) && (p[h] == ':' || p[h] == 'h') && digit(p[h + 1]);
}

/* A date that starts with its four-digit year at s: 2024-09-03, 2024/09/03,
 * 2024.09.03, 2020. 06. 04., 2024年1月13日. */
static bool year_first(const char *s, char *out, size_t cap)
{
    /* 2024-09-03, 2024/09/03, 2024.09.03 */
    if ((s[4] == '-' || s[4] == '/' || s[4] == '.') && digits(s + 5) >= 1 &&
        digits(s + 5) <= 2) {
        size_t m = digits(s + 5);
        const char *p = s + 5 + m;
        if (*p == s[4] && digits(p + 1) >= 1 && digits(p + 1) <= 2)
            return emit(out, cap, num(s, 4), num(s + 5, m), num(p + 1, digits(p + 1)),
                        p + 1 + digits(p + 1));
    }
    /* 2020. 06. 04. (Hungarian, Korean) */
    if (s[4] == '.' && s[5] == ' ' && digits(s + 6) >= 1 && digits(s + 6) <= 2) {
        size_t m = digits(s + 6);
        const char *p = s + 6 + m;
        size_t dd = p[0] == '.' && p[1] == ' ' ? digits(p + 2) : 0;
        if ((dd == 1 || dd == 2) && p[2 + dd] == '.')
            return emit(out, cap, num(s, 4), num(s + 6, m), num(p + 2, dd), p + 3 + dd);
    }
    /* 2012. július 24. (Hungarian: the month's name after the year) */
    size_t ml;
    int m = s[4] == '.' && s[5] == ' ' ? month_word_at(s + 6, &ml) : 0;
    if (m && s[6 + ml] == ' ') {
        const char *p = s + 7 + ml;
        size_t dd = digits(p);
        if ((dd == 1 || dd == 2) && p[dd] == '.')
            return emit(out, cap, num(s, 4), m, num(p, dd), p + dd + 1);
    }
    /* 2024年1月13日, 2024년 1월 13일 */
    return year_units(s, out, cap);
}

DateOrder date_order_of(const char *lang)
{
    if (!lang || strlen(lang) < 2)
        return DATE_ORDER_ANY;
    bool en = (lang[0] | 0x20) == 'e' && (lang[1] | 0x20) == 'n';
    bool region = lang[2] == '-' || lang[2] == '_';
    if (en && region && (lang[3] | 0x20) == 'u' && (lang[4] | 0x20) == 's' && !lang[5])
        return DATE_MONTH_FIRST;
    return en && !region ? DATE_ORDER_ANY : DATE_DAY_FIRST;
}

/* A date of numbers parted by dots, slashes or dashes, d digits first at
 * s: 03.09.2024 or 3/9/2024 (day first; a US-style month first, with
 * slashes or dashes, is recognised when the second number cannot be a
 * month).  Returns 1 when one was written to out, 0 when s is one but no
 * valid day, -1 when s is none. */
static int numeric_date(const char *s, size_t d, DateOrder o, char *out, size_t cap)
{
    /* (with a space after each dot: "24. 1. 2025") */
    size_t sp = s[d] == '.' && s[d + 1] == ' ' && digit(s[d + 2]);
    size_t e = digits(s + d + 1 + sp);
    const char *p = s + d + 1 + sp + e;
    if (sp && (e == 1 || e == 2) && p[0] == '.' && p[1] == ' ' && digits(p + 2) == 4) {
        const char *rest = p + 6;
        if (*rest == ',')
            rest++;
        return (int)emit(out, cap, num(p + 2, 4), num(s + d + 2, e), num(s, d), rest);
    }
    if ((e == 1 || e == 2) && *p == s[d] && digits(p + 1) == 4 && !sp) {
        int a = num(s, d), b = num(s + d + 1, e), y = num(p + 1, 4);
        const char *rest = p + 5;
        if (*rest == ',')
            rest++;
        /* (month first also where the page's language writes it so,
         * "06/01/2020" on a US page) */
        if (s[d] != '.' && (b > 12 || (s[d] == '/' && a <= 12 && o == DATE_MONTH_FIRST)))
            return (int)emit(out, cap, y, a, b, rest); /* 9/23/2024, 08-14-2012 */
        return (int)emit(out, cap, y, b, a, rest);
    }
    /* 25.04.24: a two-digit year with dots; with slashes only where
     * one number cannot be a month, "24/10/12", "11/19/19" (US pages
     * print "11/6/12" month first, others day first); not a
     * version's or an address's fourth part: "1.2.10.4",
     * "10/24/20/5" */
    if ((e == 1 || e == 2) && !sp && (s[d] == '.' || s[d] == '/') && *p == s[d] &&
        digits(p + 1) == 2 && !(p[3] == s[d] && digit(p[4]))) {
        int a = num(s, d), b = num(s + d + 1, e), y = 2000 + num(p + 1, 2);
        if (s[d] == '/' && (b > 12 || (a <= 12 && o == DATE_MONTH_FIRST)))
            return (int)emit(out, cap, y, a, b, p + 3);
        if (s[d] == '.' || a > 12 || o == DATE_DAY_FIRST)
            return (int)emit(out, cap, y, b, a, p + 3);
    }
    return -1;
}

static bool try_at(const char *s, DateOrder o, char *out, size_t cap)
{
    size_t d = digits(s);
    if (d == 4 && year_first(s, out, cap))
        return true;
    /* 20240903 */
    if (d == 8)
        return emit(out, cap, num(s, 4), num(s + 4, 2), num(s + 6, 2), s + 8);
    if ((d == 1 || d == 2) && (s[d] == '.' || s[d] == '/' || s[d] == '-')) {
        int r = numeric_date(s, d, o, out, cap);
        if (r >= 0)
            return r == 1;
    }
    /* 3 September 2024, 3. September 2024, 3 de septiembre de 2024, 9th
     * Nov 2023, 24th of July 2012, 1er novembre 2023, 24-Jul-2012 */
    if (d == 1 || d == 2) {
        const char *p = s + d;
        /* (a dash or a slash on both sides of the month's name) */
        char joined = (*p == '-' || *p == '/') && letter(p[1]) ? *p : 0;
        if (*p == '.' || joined)
            p++;
        else
            p += ordinal_suffix(p);
        while (*p == ' ')
            p++;
        if (!strncmp(p, "de ", 3) || !strncmp(p, "of ", 3))
            p += 3;
        size_t ml;
        int m = month_word_at(p, &ml);
        if (m && joined) {
            p += ml;
            return *p == joined && digits(p + 1) == 4 &&
                   emit(out, cap, num(p + 1, 4), m, num(s, d), p + 5);
        }
        if (m) {
            p += ml;
            if (*p == '.')
                p++;
            /* (and the month's other name: "24 نيسان / أبريل 2020") */
            size_t ml2;
            if (!strncmp(p, " / ", 3) && month_word_at(p + 3, &ml2) == m)
                p += 3 + ml2;
            while (*p == ' ' || *p == ',')
                p++;
            if (!strncmp(p, "de ", 3))
                p += 3;
            if (year_at(p)) {
                const char *rest = p + 4;
                while (*rest == ',' || (*rest == ' ' && rest[1] == ' '))
                    rest++;
                if (*rest == ' ' && time_joiner(rest + 1))
                    rest += time_joiner(rest + 1);
                return emit(out, cap, num(p, 4), m, num(s, d), rest);
            }
            /* (a two-digit year at the end or before a time: "27 Mar 20
             * à 9:21", "1 Feb 24, 10:00"; not a time's hour, "5 March
             * 10:30", nor a count, "3 June 15 people") */
            if (digits(p) == 2 && p[-1] == ' ' && two_digit_year_end(p + 2))
                return emit(out, cap, 2000 + num(p, 2), m, num(s, d), p + 2);
        }
    }
    /* September 3, 2024; Sept. 3 2024; Tue, 03 Sep 2024 is above */
    size_t ml;
    int m = month_word_at(s, &ml);
    if (m) {
        const char *p = s + ml;
        if (*p == '.')
            p++;
        while (*p == ' ')
            p++;
        size_t dd = digits(p);
        if (dd == 1 || dd == 2) {
            int day = num(p, dd);
            p += dd;
            p += ordinal_suffix(p); /* 3rd, 21st */
            while (*p == ',' || *p == ' ')
                p++;
            if (year_at(p)) {
                const char *rest = p + 4;
                while (*rest == ',')
                    rest++;
                if (*rest == ' ' && time_joiner(rest + 1))
                    rest += time_joiner(rest + 1);
                return emit(out, cap, num(p, 4), m, day, rest);
            }
        }
    }
    return false;
}

bool date_iso_yearless(const char *s, int year, char *out, size_t cap)
{
    size_t d = digits(s), ml;
    int m = 0, day = 0;
    const char *p = s;
    if (d == 1 || d == 2) { /* 8 января, 8. März */
        day = num(s, d);
        p = s + d + (s[d] == '.');
        while (*p == ' ')
            p++;
        m = month_word_at(p, &ml);
        p += m ? ml : 0;
    } else if ((m = month_word_at(s, &ml))) { /* Nov 8 */
        p = s + ml + (s[ml] == '.');
        while (*p == ' ')
            p++;
        d = digits(p);
        day = d == 1 || d == 2 ? num(p, d) : 0;
        p += d;
    }
    while (*p == ',' || *p == ' ' || *p == '.')
        p++;
    /* (then a time and nothing else: "17:46", "3:20 PM") */
    size_t h = digits(p);
    if (!m || !day || !(h == 1 || h == 2) || p[h] != ':' || digits(p + h + 1) != 2 ||
        !emit(out, cap, year, m, day, p))
        return false;
    const char *end = p + h + 3;
    while (*end == ' ')
        end++;
    return strlen(out) > 10 && (!*end || (letter(*end) && strlen(end) <= 4));
}

/* Seconds or milliseconds since 1970, as some pages give dates. */
static bool epoch(const char *s, char *out, size_t cap)
{
    size_t d = digits(s);
    if ((d != 10 && d != 13) || s[d])
        return false;
    long long v = 0;
    for (size_t i = 0; i < d; i++)
        v = v * 10 + (s[i] - '0');
    if (d == 13)
        v /= 1000;
    long long days = v / 86400, rem = v % 86400;
    /* civil date from days since 1970-01-01 (Howard Hinnant's algorithm) */
    long long z = days + 719468, era = z / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153, dd = doy - (153 * mp + 2) / 5 + 1;
    long long mm = mp < 10 ? mp + 3 : mp - 9;
    y += mm <= 2;
    if (!valid((int)y, (int)mm, (int)dd))
        return false;
    snprintf(out, cap, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", y, mm, dd, rem / 3600,
             rem / 60 % 60, rem % 60);
    return true;
}

bool date_iso_value_in(const char *s, DateOrder o, char *out, size_t cap)
{
    if (!s || cap < 32)
        return false;
    while (*s == ' ')
        s++;
    return epoch(s, out, cap) || date_iso_in(s, o, out, cap);
}

bool date_iso_value(const char *s, char *out, size_t cap)
{
    return date_iso_value_in(s, DATE_ORDER_ANY, out, cap);
}

bool date_iso(const char *s, char *out, size_t cap)
{
    return date_iso_in(s, DATE_ORDER_ANY, out, cap);
}

static long days_from_civil(int y, int m, int d);

/* The weekday an English name or abbreviation ends with at s[0..i) (past
 * commas and spaces: "Tue, " before "03/05/2013"), 0 for Sunday to 6, or
 * -1. */
static int weekday_before(const char *s, size_t i)
{
    while (i && (s[i - 1] == ' ' || s[i - 1] == ','))
        i--;
    size_t e = i;
    while (i && letter(s[i - 1]))
        i--;
    if (e - i < 3 || e - i > 9 || (i && letter(s[i - 1])))
        return -1;
    /* (the word list's first seven: English, "monday" to "sunday") */
    for (int k = 0; k < 7 && words_byline_weekdays[k]; k++) {
        const char *w = words_byline_weekdays[k];
        if ((s[i] | 0x20) == w[0] && (s[i + 1] | 0x20) == w[1] && (s[i + 2] | 0x20) == w[2])
            return (k + 1) % 7;
    }
    return -1;
}

static int weekday_of(const char *iso)
{
    long d = days_from_civil(num(iso, 4), num(iso + 5, 2), num(iso + 8, 2));
    return (int)(((d + 4) % 7 + 7) % 7); /* (1970-01-01 was a Thursday) */
}

/* A date of two numbers that may each be the month ("03/05/2013") read
 * at s + i into out: where a weekday stands before it that only the other
 * reading falls on ("Tue, 03/05/2013": 5 March, not 3 May), the other. */
static void weekday_reading(const char *s, size_t i, char *out)
{
    size_t d = digits(s + i);
    char sep = s[i + d];
    size_t e = (d == 1 || d == 2) && (sep == '/' || sep == '-') ? digits(s + i + d + 1) : 0;
    int a = d ? num(s + i, d) : 0, b = e ? num(s + i + d + 1, e) : 0;
    int want = e == 1 || e == 2 ? weekday_before(s, i) : -1;
    if (want < 0 || a == b || a > 12 || b > 12 || weekday_of(out) == want)
        return;
    char other[16];
    memcpy(other, out, 10);
    memcpy(other + 5, out + 8, 2);
    memcpy(other + 8, out + 5, 2);
    other[10] = '\0';
    if (weekday_of(other) == want) {
        memcpy(out + 5, other + 5, 2);
        memcpy(out + 8, other + 8, 2);
    }
}

bool date_iso_in(const char *s, DateOrder o, char *out, size_t cap)
{
    if (!s || cap < 32)
        return false;
    while (*s == ' ')
        s++;
    size_t n = strlen(s);
    for (size_t i = 0; i < n && i < 400; i++) {
        /* (a month's name glued to the word before it, as text taken
         * from a page's elements runs them together: "Associated
         * PressApril 28, 2023") */
        bool start = i == 0 || !((s[i - 1] | 0x20) >= 'a' && (s[i - 1] | 0x20) <= 'z') ||
                     digit(s[i]) ||
                     (s[i - 1] >= 'a' && s[i - 1] <= 'z' && s[i] >= 'A' && s[i] <= 'Z');
        if (start && (i == 0 || !digit(s[i - 1])) && try_at(s + i, o, out, cap)) {
            weekday_reading(s, i, out);
            return true;
        }
    }
    return false;
}

int date_cmp_day(const char *a, const char *b)
{
    return strncmp(a, b, 10);
}

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

long date_day_number(const char *iso)
{
    if (!iso || digits(iso) != 4 || iso[4] != '-' || digits(iso + 5) != 2 || iso[7] != '-' ||
        digits(iso + 8) != 2)
        return LONG_MIN;
    int y = num(iso, 4), m = num(iso + 5, 2), d = num(iso + 8, 2);
    return valid(y, m, d) ? days_from_civil(y, m, d) : LONG_MIN;
}

static bool day_of_path(const char *url, bool slashes_only, char *out, size_t cap)
{
    if (!url || cap < 11)
        return false;
    const char *p = strstr(url, "://");
    p = strchr(p ? p + 3 : url, '/');
    for (; p && *p && *p != '?' && *p != '#'; p++) {
        if (*p != '/' && *p != '-' && *p != '_')
            continue; /* a date starts after a separator */
        const char *s = p + 1, *end;
        size_t d = digits(s);
        int y, m, dd;
        if (d == 4 && (s[4] == '/' || s[4] == '-' || s[4] == '_') && digits(s + 5) == 2 &&
            s[7] == s[4] && digits(s + 8) == 2) {
            y = num(s, 4), m = num(s + 5, 2), dd = num(s + 8, 2);
            end = s + 10;
            if (slashes_only && (*p != '/' || s[4] != '/' || *end != '/'))
                continue;
        } else if (d == 8 && !slashes_only) {
            y = num(s, 4), m = num(s + 4, 2), dd = num(s + 6, 2);
            end = s + 8;
        } else {
            continue;
        }
        /* (the date ends where a part of the path does) */
        if ((*end && !strchr("/-_.?#", *end)) || y < 1995 || !valid(y, m, dd))
            continue;
        snprintf(out, cap, "%04d-%02d-%02d", y, m, dd);
        return true;
    }
    return false;
}

bool date_of_url(const char *url, char *out, size_t cap)
{
    return day_of_path(url, false, out, cap);
}

bool date_of_upload(const char *url, char *out, size_t cap)
{
    return day_of_path(url, true, out, cap);
}

bool date_month_name(const char *s, size_t n)
{
    while (n && (s[n - 1] == '.' || s[n - 1] == ','))
        n--;
    return month_of(s, n) > 0;
}

#define DATE_SHORT_BYTES 32
bool date_short(const char *s, size_t n)
{
    char t[DATE_SHORT_BYTES + 1], day[48];
    if (n > DATE_SHORT_BYTES)
        return false;
    memcpy(t, s, n);
    t[n] = '\0';
    size_t words = 1;
    for (size_t i = 0; i < n; i++)
        words += t[i] == ' ';
    return words <= 4 && date_iso(t, day, sizeof day);
}

/* The word of s[0..n) that starts at or after byte *at: its start, its
 * length in *len (0 at the end); *at moves past it. */
static const char *next_word(const char *s, size_t n, size_t *at, size_t *len)
{
    while (*at < n && s[*at] == ' ')
        (*at)++;
    size_t b = *at;
    while (*at < n && s[*at] != ' ')
        (*at)++;
    *len = *at - b;
    return s + b;
}

#define AGO_WORDS 12
bool date_ago(const char *s, size_t n)
{
    const char *w[AGO_WORDS];
    size_t l[AGO_WORDS], nw = 0, at = 0;
    while (nw < AGO_WORDS) {
        w[nw] = next_word(s, n, &at, &l[nw]);
        if (!l[nw])
            break;
        nw++;
    }
    if (at < n)
        return false; /* (a long line is no post's date) */
    for (size_t k = 0; k + 1 < nw; k++) {
        if (digits(w[k]) != l[k] || l[k] > 3 ||
            !text_is_one_of(w[k + 1], l[k + 1], ",.", words_date_ago_units))
            continue;
        /* (the mark after the unit, "ago", or before the number, "vor") */
        if ((k + 2 < nw && text_is_one_of(w[k + 2], l[k + 2], ",.)", words_date_ago_after)) ||
            (k > 0 && text_is_one_of(w[k - 1], l[k - 1], "", words_date_ago_before)))
            return true;
    }
    return false;
}
