/* dateline: find and parse the dateline at the opening of an article.
 *
 * Owns: every rule about datelines (AP, Reuters, AFP, UPI, CNN, TASS and
 * the like; agency-less city datelines; damaged forms), and the place
 * lists that raise confidence (AP's stand-alone US cities, state
 * abbreviations, countries, world cities).  A pure module: text in, a
 * parsed dateline with its byte span out; no I/O, no global state.
 */
#ifndef LEDE_DATELINE_H
#define LEDE_DATELINE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    size_t start, end; /* the dateline is s[start..end), trimmed */
    size_t body;       /* where the article text resumes after it */
    char *text;        /* as printed, up to and including the separator */
    char *city;        /* each NULL when absent */
    char *region;
    char *agency;
    char *date;
} Dateline;

/* Look for a dateline at the opening s[0..n): its first lines, which may
 * start with a byline, a timestamp or a credit line.  Returns true and
 * fills *d (free with dateline_free) when one is found. */
bool dateline_find(const char *s, size_t n, Dateline *d);
void dateline_free(Dateline *d);

#endif
