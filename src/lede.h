/* lede: the whole pipeline for one page, as one call.
 *
 * Owns: the order of the stages (binary check -> decode -> front end, html
 * or plain -> measure -> classification, classify and roles -> article ->
 * writer) and nothing else, so that the command line, whatever the page
 * source, and the fuzzer all run exactly the same thing.
 */
#ifndef LEDE_LEDE_H
#define LEDE_LEDE_H

#include <stdio.h>

#include "buf.h"
#include "output.h"

typedef enum { FORMAT_TEXT, FORMAT_JSON, FORMAT_MARKDOWN } LedeFormat;

typedef struct {
    LedeFormat format;
    LedeInput input;     /* INPUT_AUTO, INPUT_HTML or INPUT_TEXT */
    const char *charset; /* --charset, or NULL */
    FILE *explain;       /* where --explain writes, or NULL */
    bool links;          /* --links: the links inside the body */
    bool images;         /* --images: the images inside the body */
    bool articles_only;  /* --articles-only: nothing of a page that holds no article */
} LedeOptions;

/* Run one page of n bytes.  The rendered output is appended to out; a
 * message for the user (without the "lede: NAME: " prefix) is put in err.
 * transport is a charset declared outside the page (an HTTP header), or
 * NULL.  Returns 0 when the page gave an article, 1 when it gave none, 2
 * when it was refused (err says why; out is untouched). */
int lede_page(const LedeOptions *o, const char *bytes, size_t n, const char *transport,
              OutputInfo *info, Buf *out, Buf *err);

#endif
