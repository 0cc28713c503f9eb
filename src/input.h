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

enum { INPUT_OK = 0, INPUT_ERROR = -1, INPUT_TOO_BIG = 1, INPUT_TRUNCATED = 2 };

/* Read all of f into out.  INPUT_ERROR leaves errno set. */
int input_read(FILE *f, size_t max_size, Buf *out);
/* Do b's bytes start as gzip data does? */
bool input_gzipped(const Buf *b);
/* Inflate b[from..] (gzip, zlib or raw deflate) in place, keeping at most
 * max bytes: INPUT_OK; INPUT_TOO_BIG (cut at max); INPUT_TRUNCATED (the
 * data ends early: b holds what came out); INPUT_ERROR when it is no such
 * data (b unchanged). */
int input_inflate(Buf *b, size_t from, size_t max);
/* NULL when p looks like text; else a short name of what it is. */
const char *input_binary(const char *p, size_t n);

#endif
