/* output: the writers.  An article in, bytes for stdout out.
 *
 * Owns: the text format (headline, blank line, one paragraph a line, the
 * dateline left at the start of the first paragraph), the JSON format (one
 * object a page on one line, keys fixed in lede(1), the body's blocks
 * included), and JSON string escaping; markdown.c the Markdown format.  Each page is rendered into one buffer so that it goes out in a
 * single write.  Writers see only the Article.
 */
#ifndef LEDE_OUTPUT_H
#define LEDE_OUTPUT_H

#include <stdio.h>

#include "article.h"
#include "buf.h"

typedef struct {
    const char *source; /* file name or "-" */
    LedeInput input;    /* INPUT_HTML or INPUT_TEXT */
    bool header;        /* text: print "==> FILE <==" first */
    bool first;         /* text: the first article of the run */
    bool meta;          /* text: --meta, "Key: value" lines after the headline */
    const char *warc_id;   /* JSON: a WARC record's ID and date, or NULL */
    const char *warc_date;
    const char *error;     /* JSON: why a JSON Lines record gave no page */
} OutputInfo;

/* The metadata that is one string each: JSON key, --meta label, value. */
typedef struct {
    const char *key, *label, *value;
} OutputField;
#define OUTPUT_FIELDS 8
void output_fields(const Article *a, OutputField *f);

void output_text(Buf *out, const Article *a, const OutputInfo *info);
void output_json(Buf *out, const Article *a, const OutputInfo *info);
/* CommonMark with GFM tables (markdown.c). */
void output_markdown(Buf *out, const Article *a, const OutputInfo *info);
/* A JSON line for a record that gave no page (JSON Lines): the keys of an
 * empty article, and "error". */
void output_json_error(Buf *out, const OutputInfo *info, const char *error);
void json_string(Buf *out, const char *s);
/* A FILE's name as the writers print it: valid UTF-8 on one line. */
void output_name(Buf *out, const char *src);

#endif
