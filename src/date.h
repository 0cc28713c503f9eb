/* date: the dates pages print, read into ISO 8601.
 *
 * Owns: parsing the forms found in metadata and in bylines ("2024-09-03T
 * 10:21:00-04:00", "2024-09-03 10:21", "Tue, 03 Sep 2024 10:21:00 GMT",
 * "September 3, 2024", "3. September 2024", "03.09.2024", "2024/09/03",
 * "20240903", "24. 1. 2025", "2024年1月13日", "2024년 1월 13일") into
 * "YYYY-MM-DD", with the time and zone when the text gives them.  English,
 * German, French, Spanish, Italian, Portuguese and Dutch month names are
 * known, also abbreviated; Swedish, Danish, Norwegian, Polish, Czech,
 * Russian, Ukrainian and Turkish ones whole, as dates write them.
 */
#ifndef LEDE_DATE_H
#define LEDE_DATE_H

#include <stdbool.h>
#include <stddef.h>

/* Find the first date in s, text a page prints, and write it as ISO 8601
 * into out (at least 32 bytes).  Returns false when s holds no date.  A
 * bare number is never a date here (a table cell of ten digits is no Unix
 * time). */
bool date_iso(const char *s, char *out, size_t cap);
/* The order in which a page's language writes numbers parted by slashes
 * that could be either a day or a month ("06/01/2020"): month first for
 * US English ("en-US"), day first for the other languages and regions,
 * not known for "en" alone or no language (day first, as most of the
 * world writes it, but for a two-digit year, "10/12/20", then no date). */
typedef enum { DATE_ORDER_ANY, DATE_DAY_FIRST, DATE_MONTH_FIRST } DateOrder;
DateOrder date_order_of(const char *lang);
/* date_iso and date_iso_value, reading such numbers in order o */
bool date_iso_in(const char *s, DateOrder o, char *out, size_t cap);
bool date_iso_value_in(const char *s, DateOrder o, char *out, size_t cap);
/* The same for a metadata value (a meta tag, JSON-LD, a datetime
 * attribute), which may also be seconds or milliseconds since 1970. */
bool date_iso_value(const char *s, char *out, size_t cap);
/* Is s[0..n) a date and little else: at most 32 bytes and four words
 * ("1. November 2023", "26.04.2024")? */
bool date_short(const char *s, size_t n);
/* Is s[0..n) a month's name, whole or its first three letters or more
 * ("March", "Mar.", "märz", "октября")? */
bool date_month_name(const char *s, size_t n);
/* Does a date start at s with the month's name ("March 25", "Mar. 3")? */
bool date_month_first(const char *s);
/* Does s[0..n) say a time before now, a number of units and the word that
 * makes it so ("20 hours ago", "vor 3 Stunden", "il y a 2 jours", "hace 5
 * días"), as readers' posts print when they were written? */
bool date_ago(const char *s, size_t n);

/* A day and month with a time but no year, the whole of s ("8 января,
 * 17:46", "Nov 8, 3:20 PM"), as a page prints this year's, in the given
 * year as ISO 8601 into out; false when s is not one. */
bool date_iso_yearless(const char *s, int year, char *out, size_t cap);

/* The day a URL's path gives ("/2023/11/08/", "/2023-11-08-", "/20231108/"),
 * as "YYYY-MM-DD" into out (at least 11 bytes); false when it gives none
 * (or one before 1995). */
bool date_of_url(const char *url, char *out, size_t cap);

/* The day a file's path gives as folders, the whole of them
 * ("/files/2016/05/04/report.png", as a site files what it uploads that
 * day; not a camera's name, "IMG_20200415.jpg"), as date_of_url does. */
bool date_of_upload(const char *url, char *out, size_t cap);
/* Days since 1970-01-01 of an ISO date's day, or LONG_MIN. */
long date_day_number(const char *iso);

/* Compare two ISO strings by their calendar day: <0, 0, >0. */
int date_cmp_day(const char *a, const char *b);

#endif
