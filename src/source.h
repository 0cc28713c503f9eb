/* source: the pages of one FILE, one at a time.
 *
 * Owns: telling what a FILE holds and cutting it into pages: one page
 * (gzipped or not), a WARC file (through warc), or JSON Lines (each line an
 * object with "html" or "text", and "url" or "id").  Each page comes with
 * its bytes, its input kind, a charset declared outside it, the name its
 * output and its messages go by, a WARC record's ID and date, and any
 * error met while reading it.  The command line and the fuzzer both read
 * pages through here, so they run exactly the same thing.
 */
#ifndef LEDE_SOURCE_H
#define LEDE_SOURCE_H

#include <stdbool.h>
#include <stdio.h>

#include "buf.h"
#include "page.h"

typedef enum { SOURCE_PAGE, SOURCE_WARC, SOURCE_JSONL } SourceKind;

typedef struct {
    const char *bytes;     /* the page, or NULL when the item is only messages */
    size_t len;
    LedeInput input;       /* how to read it: auto, html or text */
    const char *charset;   /* declared outside the page (an HTTP header), or NULL */
    const char *source;    /* the name its output gives: FILE, a URI, a url or id */
    const char *label;     /* the name its messages give: "FILE", "FILE: record 3" */
    const char *warc_id;   /* a WARC record's ID and date, or NULL */
    const char *warc_date;
    const char *messages;  /* errors met reading it, as stderr lines ("lede: FILE:
                            * ...\n"), or NULL.  Any makes the exit status 2. */
    const char *error;     /* JSON Lines: the record's line still goes out, with
                            * this as its "error" (bytes is NULL) */
} SourcePage;

typedef struct Source Source;

/* Open FILE to read ("-": standard input); NULL, with a line on standard
 * error, when it cannot be (a URL is named as one: lede reads no URLs). */
FILE *source_fopen(const char *name);

/* Read f (named name) as kind; pages take input unless the FILE says
 * (a WET record is text, a JSON Lines record says html or text).
 * Pages larger than max_size are refused. */
Source *source_open(FILE *f, const char *name, SourceKind kind, LedeInput input,
                    size_t max_size);
/* The next page into *p, valid until the next call; false at the end. */
bool source_next(Source *s, SourcePage *p);
/* WARC, at the end: "lede: FILE: N records: N pages, N not pages, N
 * damaged\n";
 * NULL for the other kinds. */
const char *source_summary(Source *s);
void source_close(Source *s);

#endif
