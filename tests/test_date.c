/* Table-driven unit tests of src/date.c: the forms pages print, in ISO. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "date.h"

typedef struct {
    const char *in, *want; /* want NULL: no date */
} Case;

static const Case cases[] = {
    {"2024-09-03T10:21:00-04:00", "2024-09-03T10:21:00-04:00"},
    {"2024-09-03T10:21:00.123Z", "2024-09-03T10:21:00Z"},
    {"2024-09-03 10:21", "2024-09-03T10:21"},
    {"2024-09-03", "2024-09-03"},
    {"2024-10-23T15:48:15+0000", "2024-10-23T15:48:15+00:00"},
    {"Tue, 03 Sep 2024 10:21:00 GMT", "2024-09-03T10:21:00Z"},
    {"September 3, 2024", "2024-09-03"},
    {"Sept. 3, 2024 at 10:21", "2024-09-03T10:21"},
    {"Published 10:21 a.m. ET Sept. 3, 2024", "2024-09-03"},
    {"3. September 2024", "2024-09-03"},
    {"Veröffentlicht am 27.04.24 um 07:39 Uhr", "2024-04-27"},
    {"Do 25.04.24 | 14:07 Uhr", "2024-04-25"},
    {"Version 1.2.3", NULL},
    {"03.09.2024, 10:21", "2024-09-03T10:21"},
    {"3 de septiembre de 2024", "2024-09-03"},
    {"12 mars 2024", "2024-03-12"},
    {"20 septembrie 2020 16:20", "2020-09-20T16:20"},
    {"القاهرة: الأربعاء، 07 أكتوبر 2020", "2020-10-07"},
    {"duminică, 1 martie 2020", "2020-03-01"},
    {"2024/09/03", "2024-09-03"},
    {"20240903", "2024-09-03"},
    {"1725373260", NULL},  /* text that is a bare number is no date: a table cell */
    {"3424486444", NULL},
    {"9/23/2024", "2024-09-23"},
    {"Posted on: 08-14-2012 With: 4 Comments", "2012-08-14"}, /* dashes, month first */
    {"14-08-2012", "2012-08-14"},
    {"24-Jul-2012", "2012-07-24"},                  /* the month's name between dashes */
    {"24/Jul/2012 10:00", "2012-07-24T10:00"},
    {"3-Jan", NULL},                                /* no year */
    {"24th of July 2012", "2012-07-24"},
    {"24. heinäkuuta 2012", "2012-07-24"},          /* Finnish */
    {"24 जुलाई 2012", "2012-07-24"},                /* Hindi, the vowel signs in the name */
    {"5 सितम्बर 2020", "2020-09-05"},
    {"24 ביולי 2012", "2012-07-24"},                /* Hebrew, after "in" */
    {"Posted on Maret 30, 2015", "2015-03-30"},     /* Indonesian */
    {"24 Julai 2012", "2012-07-24"},                /* Malay */
    {"24 октомври 2012", "2012-10-24"},             /* Bulgarian */
    {"24. srpnja 2012", "2012-07-24"},              /* Croatian */
    {"24. júla 2012", "2012-07-24"},                /* Slovak */
    {"24. julija 2012", "2012-07-24"},              /* Slovenian */
    {"24. juuli 2012", "2012-07-24"},               /* Estonian */
    {"24 de juliol de 2012", "2012-07-24"},         /* Catalan */
    {"2012. július 24. 10:15", "2012-07-24T10:15"}, /* Hungarian, the year first */
    {"11/19/19 06:56 AM EST", "2019-11-19T06:56"}, /* two-digit year, month first */
    {"24/10/12", "2012-10-24"},                     /* day first */
    {"11/6/12", NULL},                              /* either: a US page's or another's */
    {"10/24/20/5", NULL},                           /* a path's parts */
    {"April 21st, 2024", "2024-04-21"},
    {"April 2r", NULL}, /* a lone letter after the day at the end (fuzz) */
    {"söndag 2 augusti 2026", "2026-08-02"},
    {"torsdag 09. mai 2024 - 13:26", "2024-05-09"},
    {"5 marca 2024", "2024-03-05"},
    {"5. března 2024", "2024-03-05"},
    {"5 марта 2024", "2024-03-05"},
    {"12 грудня 2023", "2023-12-12"},
    {"20 Nisan 2026", "2026-04-20"},
    {"Ara 3 2024", NULL}, /* a Turkish month only by its whole name */
    {"3 SEPTEMBER 2024", "2024-09-03"}, /* a month's name in capitals */
    {"3. MÄRZ 2024", "2024-03-03"},
    {"5 МАРТА 2024", "2024-03-05"},
    {"24. 1. 2025 12:38", "2025-01-24T12:38"},
    {"Version 1. 2. 3", NULL},
    {"2024年1月13日 20時01分", "2024-01-13"},
    {"2024년 1월 13일", "2024-01-13"},
    /* text taken from a page's elements, run together */
    {"Published Fri, Apr 28 20232:23 PM EDT", "2023-04-28T14:23"},
    /* a zone after GMT */
    {"April 25, 2023 2:26 PM GMT+2", "2023-04-25T14:26+02:00"},
    {"April 25, 2023 10:00 UTC-05:00", "2023-04-25T10:00-05:00"},
    {"Tue, 03 Sep 2024 10:21:00 GMT", "2024-09-03T10:21:00Z"},
    /* a twelve-hour clock */
    {"November 8, 2023, 11:15 PM", "2023-11-08T23:15"},
    {"May 5, 2024 12:30 a.m. EDT", "2024-05-05T00:30"},
    {"May 5, 2024 12:05 PM", "2024-05-05T12:05"},
    {"Nov. 18, 2019 at 9:03 pm", "2019-11-18T21:03"},
    {"Aug 9, 2012 1:44p", "2012-08-09T13:44"},
    /* an ordinal day; a French time; a Hungarian date */
    {"Published 9th Nov 2023, 09:34 GMT", "2023-11-09T09:34Z"},
    {"publié le 1er novembre 2023 à 16h28", "2023-11-01T16:28"},
    {"2020. 06. 04. 11:27", "2020-06-04T11:27"},
    {"2020. 6. 4", NULL},
    /* Greek and Albanian months */
    {"19 Αυγούστου 2020 9:02 μμ", "2020-08-19T21:02"},
    {"13 gusht 2020, 09:08", "2020-08-13T09:08"},
    /* the Levant's month names, and both names of the month */
    {"الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24T21:22"},
    {"3 آب 2021", "2021-08-03"},
    {"24 نيسان / مايو 2020", NULL}, /* two months: no date */
    {"Associated PressApril 28, 2023 GMT", "2023-04-28"},
    {"November 21, 202501747", "2025-11-21"}, /* a view count after the year */
    {"April 10, 20233 years", "2023-04-10"},   /* an age after it */
    {"3 September 20241 views", "2024-09-03"},
    /* a two-digit year after a month's name, at the end or before a time */
    {"Publié le 27 Mar 20 à 9:21", "2020-03-27"},
    {"27 Mar 20", "2020-03-27"},
    {"3 June 15 14:00", "2015-06-03T14:00"},
    {"5 March 10:30", NULL},     /* the hour, no year */
    {"3 June 15 people", NULL}, /* a count */
    {"12 May 18h30", NULL},
    {"May 5, 1234567", NULL}, /* no year of these decades first */
    {"no date here", NULL},
    {"2024-13-45", NULL},
    {"", NULL},
};

/* Metadata values, which may be Unix times (seconds or milliseconds). */
static const Case values[] = {
    {"1713958377000", "2024-04-24T11:32:57Z"},
    {"1725373260", "2024-09-03T14:21:00Z"},
    {"2024-09-03T10:21:00-04:00", "2024-09-03T10:21:00-04:00"},
    {"17253732601", NULL}, /* eleven digits: neither */
};

/* The day a URL's path gives. */
static const Case urls[] = {
    {"https://nypost.com/2023/11/08/news/slug/", "2023-11-08"},
    {"https://www.latimes.com/business/story/2019-11-19/slug", "2019-11-19"},
    {"https://www.registerguard.com/news/20200413/slug", "2020-04-13"},
    {"http://blog.example/2011/12/slug/", NULL},        /* a month, no day */
    {"https://x.example/news/1676646261/photo/1", NULL}, /* an id */
    {"https://x.example/a/12345678/b", NULL},           /* before 1995 */
    {"https://x.example/?d=2023/11/08/", NULL},         /* not the path */
    {"https://2023-11-08.example/page", NULL},          /* the host */
};

/* The day an uploaded file's folders give. */
static const Case uploads[] = {
    {"https://www.eff.org/files/2016/05/04/ar-2015-og.png", "2016-05-04"},
    {"https://img.example/1/2012/08/09/pedal-cars.jpg", "2012-08-09"},
    {"https://cdn.example/uploads/2020/04/IMG-20200415-WA0039.jpg", NULL}, /* a camera's name */
    {"https://cdn.example/uploads/2020/04/photo.jpg", NULL},            /* a month, no day */
    {"https://cdn.example/2019-11-19-photo.jpg", NULL},                 /* no folders */
};

/* A day and month with a time and no year, read in 2026. */
static const Case yearless[] = {
    {"8 января, 17:46", "2026-01-08T17:46"},
    {"Nov 8, 3:20 PM", "2026-11-08T15:20"},
    {"Aug 09 1:44p", "2026-08-09T13:44"},
    {"29 luglio, 20:18", "2026-07-29T20:18"},
    {"8 января", NULL},              /* no time: a list's heading, maybe */
    {"8 января 2025, 17:46", NULL},  /* a year: date_iso's */
    {"Nov 8, 3:20 PM in Paris", NULL}, /* not the whole line */
    {"17:46", NULL},
};

static bool read_2026(const char *s, char *out, size_t cap)
{
    return date_iso_yearless(s, 2026, out, cap);
}

/* Run one table through a reader; prints a TAP line a case, returns the
 * failures. */
static int run(const char *what, const Case *t, size_t n, bool (*read)(const char *, char *, size_t))
{
    int failed = 0;
    for (size_t i = 0; i < n; i++) {
        char out[48] = "";
        bool got = read(t[i].in, out, sizeof out);
        bool ok = t[i].want ? got && !strcmp(out, t[i].want) : !got;
        printf("%s %zu - %s: %s\n", ok ? "ok" : "not ok", i + 1, what, t[i].in);
        if (!ok) {
            printf("#   want %s, got %s\n", t[i].want ? t[i].want : "(none)", got ? out : "(none)");
            failed++;
        }
    }
    return failed;
}

/* date_ago: a time before now, as readers' posts print it */
static const Case agos[] = {
    {"20 hours ago", "yes"},
    {"Last reply was 20 hours ago", "yes"},
    {"vor 3 Stunden", "yes"},
    {"il y a 2 jours", "yes"},
    {"hace 5 días", "yes"},
    {"2 giorni fa", "yes"},
    {"3 dagen geleden", "yes"},
    {"2 Tage vor der Wahl", NULL}, /* "vor" after the unit: before an event */
    {"3 hours", NULL},
    {"3 days a week", NULL},
    {"ago 2 days", NULL},
    {"In the 20 years since the bridge was built, traffic has doubled ago", NULL},
};

static bool read_ago(const char *s, char *out, size_t cap)
{
    bool yes = date_ago(s, strlen(s));
    snprintf(out, cap, "%s", yes ? "yes" : "");
    return yes;
}

/* Slashed numbers that could be either, read in the order the page's
 * language writes them (date_order_of, date_iso_in) */
static const Case us_order[] = {
    {"06/01/2020", "2020-06-01"},           /* month first */
    {"3/09/15 8:00am", "2015-03-09T08:00"},  /* a two-digit year too */
    {"9/23/2024", "2024-09-23"},
    {"03.09.2024", "2024-09-03"},           /* dots are day first everywhere */
};
static const Case pt_order[] = {
    {"06/01/2020", "2020-01-06"},
    {"10/12/20 - 10h02", "2020-12-10"},
    {"11/19/19", "2019-11-19"},             /* 19 is no month */
};
static const Case en_order[] = {
    {"06/01/2020", "2020-01-06"},           /* day first, as with no language */
    {"10/12/20", NULL},                     /* "en" alone: which is the month? */
    {"24/10/12", "2012-10-24"},
};
/* A weekday before the numbers says which reading is meant, whatever
 * the language's order */
static const Case weekdays[] = {
    {"Tue, 03/05/2013 - 10:22am", "2013-03-05"}, /* 5 March 2013 was a Tuesday */
    {"Fri, 03/05/2013", "2013-05-03"},            /* 3 May 2013 was a Friday */
    {"Tuesday 5/3/2013", "2013-03-05"},
    {"Sunday 9/23/2024", "2024-09-23"},           /* only one reading */
};
static DateOrder order;

static bool read_in_order(const char *s, char *out, size_t cap)
{
    return date_iso_in(s, order, out, cap);
}

static int run_in(const char *lang, const Case *t, size_t n)
{
    order = date_order_of(lang);
    char what[32];
    snprintf(what, sizeof what, "date in %s", lang);
    return run(what, t, n, read_in_order);
}

int main(void)
{
    int failed = run("date of url", urls, sizeof urls / sizeof *urls, date_of_url);
    failed += run("date of upload", uploads, sizeof uploads / sizeof *uploads, date_of_upload);
    failed += run("date value", values, sizeof values / sizeof *values, date_iso_value);
    failed += run("date", cases, sizeof cases / sizeof *cases, date_iso);
    failed += run("date without a year", yearless, sizeof yearless / sizeof *yearless, read_2026);
    failed += run("time before now", agos, sizeof agos / sizeof *agos, read_ago);
    failed += run_in("en-US", us_order, sizeof us_order / sizeof *us_order);
    failed += run_in("pt-BR", pt_order, sizeof pt_order / sizeof *pt_order);
    failed += run_in("en", en_order, sizeof en_order / sizeof *en_order);
    failed += run_in("en-GB", weekdays, sizeof weekdays / sizeof *weekdays);
    failed += run_in("en-US", weekdays, sizeof weekdays / sizeof *weekdays);
    return failed != 0;
}
