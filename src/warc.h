/* warc: pages out of WARC files (Common Crawl, CC-NEWS, the Internet
 * Archive).
 *
 * Owns: reading WARC/1.0 and WARC/1.1, plain or gzipped record by record
 * (zlib); the record headers; the HTTP response inside a `response` record
 * (status, Content-Type and its charset, chunked transfer encoding, gzip or
 * deflate content encoding); WET text in `conversion` records; and telling
 * pages from records that are not pages.  Records over the size limit are
 * skipped without being held in memory.
 */
#ifndef LEDE_WARC_H
#define LEDE_WARC_H

#include <stdbool.h>
#include <stdio.h>

#include "buf.h"

typedef struct WarcReader WarcReader;

enum {
    WARC_PAGE = 1,     /* a page: payload, kind and charset are set */
    WARC_SKIP = 2,     /* a record that is not a page (reason set) */
    WARC_DAMAGED = 3,  /* a broken record (reason set); reading goes on */
    WARC_END = 0,      /* no more records */
};

typedef struct {
    char type[32];
    char id[160];       /* WARC-Record-ID */
    char date[64];      /* WARC-Date */
    char uri[2048];     /* WARC-Target-URI */
    char charset[48];   /* from the HTTP Content-Type, or "" */
    bool text;          /* a WET conversion record, or text/plain */
    Buf payload;        /* the page's bytes */
    char reason[160];   /* why it was skipped or is damaged */
    bool junk_before;   /* bytes that were no record came before it */
    unsigned long number; /* 1 for the first record */
} WarcRecord;

WarcReader *warc_open(FILE *f, size_t max_size);
/* Read the next record into rec (whose payload buffer is reused). */
int warc_next(WarcReader *r, WarcRecord *rec);
void warc_close(WarcReader *r);

#endif
