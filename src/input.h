/* input: the bytes of one page, and whether they are a page at all.
 *
 * Owns: reading a file or stream under the size limit (refusing a larger
 * one without reading it all), inflating gzip and deflate data (a gzipped
 * page, a WARC record's content coding), and the binary check (known
 * signatures, or too many control bytes in the first 8 KB).
 */
#ifndef LEDE_INPUT_H
#define LEDE_INPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "buf.h"

typedef enum { READ_OK = 0, READ_ERROR = -1, READ_TOO_BIG = 1, READ_TRUNCATED = 2 } ReadStatus;

/* Read all of f into out.  READ_ERROR leaves errno set. */
ReadStatus input_read(FILE *f, size_t max_size, Buf *out);
/* Do b's bytes start as gzip data does? */
bool input_gzipped(const Buf *b);
/* Inflate b[from..] (gzip, zlib or raw deflate) in place, keeping at most
 * max bytes: READ_OK; READ_TOO_BIG (cut at max); READ_TRUNCATED (the
 * data ends early: b holds what came out); READ_ERROR when it is no such
 * data (b unchanged). */
ReadStatus input_inflate(Buf *b, size_t from, size_t max);
/* Read a size as --max-size takes it: bytes, or K, M, G after the number. */
bool input_parse_size(const char *s, size_t *out);
/* NULL when p looks like text; else a short name of what it is. */
const char *input_binary(const char *p, size_t n);

#endif
