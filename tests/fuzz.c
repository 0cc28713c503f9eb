/* libFuzzer target over the whole pipeline, through the page source as the
 * command line reads FILEs.  The first byte picks the mode: byte % 8 == 6,
 * the rest is a WARC file; 7, JSON Lines; else one page (gzipped or not),
 * with byte % 3 the input kind (auto, html, text) and (byte / 3) % 2 the
 * format (text, json), Markdown for text when byte & 0x80; byte & 0x40 adds
 * --links and --images, byte & 0x20 --articles-only.
 * Beyond what the sanitizers catch, it checks lede's promises about output:
 * always valid UTF-8, no control characters (but a tab in Markdown's code),
 * and in JSON one object on one line.  Built and run by scripts/fuzz. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* fmemopen */
#endif
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lede.h"
#include "text.h"
#include "source.h"

/* lede's promises about one page's output: valid UTF-8, no control
 * characters, and in JSON one object on one line. */
static void check_output(const Buf *out, LedeFormat format)
{
    if (!utf8_valid(out->p ? out->p : "", out->len))
        abort();
    for (size_t i = 0; i < out->len; i++) {
        unsigned char c = (unsigned char)out->p[i];
        if ((c < 0x20 && c != '\n' && !(c == '\t' && format == FORMAT_MARKDOWN)) || c == 0x7F)
            abort();
        if (format == FORMAT_JSON && c == '\n' && i + 1 != out->len)
            abort();
    }
    if (format == FORMAT_JSON &&
        (out->len < 3 || out->p[0] != '{' || out->p[out->len - 2] != '}'))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    char none[1] = {0};
    FILE *f = size > 1 ? fmemopen((void *)(data + 1), size - 1, "rb") : fmemopen(none, 1, "rb");
    if (!f)
        return 0;
    if (size == 1)
        fgetc(f); /* (fmemopen wants a size: the empty page is read past its one byte) */
    LedeOptions o = {0};
    SourceKind kind = data[0] % 8 == 6 ? SOURCE_WARC : data[0] % 8 == 7 ? SOURCE_JSONL : SOURCE_PAGE;
    o.input = kind == SOURCE_PAGE ? (LedeInput)(data[0] % 3) : INPUT_AUTO;
    o.format = kind != SOURCE_PAGE || (data[0] / 3) % 2 ? FORMAT_JSON
               : data[0] & 0x80                         ? FORMAT_MARKDOWN
                                                        : FORMAT_TEXT;
    o.links = o.images = (data[0] & 0x40) != 0;
    o.articles_only = (data[0] & 0x20) != 0;
    Source *src = source_open(f, "fuzz", kind, o.input, 1u << 20);
    Buf out = {0}, err = {0};
    SourcePage sp;
    while (source_next(src, &sp)) {
        if (!sp.bytes)
            continue;
        OutputInfo info = {.source = sp.source, .first = true, .warc_id = sp.warc_id,
                           .warc_date = sp.warc_date};
        o.input = sp.input;
        buf_clear(&out);
        int st = lede_page(&o, sp.bytes, sp.len, sp.charset, &info, &out, &err);
        if (st < 0 || st > 2)
            abort();
        if (st < 2)
            check_output(&out, o.format);
    }
    source_close(src);
    fclose(f);
    buf_free(&out);
    buf_free(&err);
    return 0;
}
