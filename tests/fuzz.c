/* libFuzzer target over the whole pipeline.  The first byte picks the input
 * kind (auto, html, text) and the format (text, json); the rest is the page.
 * Beyond what the sanitizers catch, it checks lede's promises about output:
 * always valid UTF-8, no control characters, and in JSON one object on one
 * line.  Built and run by scripts/fuzz. */
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
#include "warc.h"

/* Mode 6: the bytes are a WARC file; every page record goes through. */
static void fuzz_warc(const uint8_t *data, size_t size)
{
    FILE *f = fmemopen((void *)data, size, "rb");
    if (!f)
        return;
    WarcReader *r = warc_open(f, 1u << 20);
    WarcRecord rec;
    memset(&rec, 0, sizeof rec);
    Buf out = {0}, err = {0};
    LedeOptions o = {0};
    o.format = FMT_JSON;
    for (int st; (st = warc_next(r, &rec)) != WARC_END;) {
        if (st != WARC_PAGE)
            continue;
        OutputInfo info = {.source = rec.uri, .warc_id = rec.id, .warc_date = rec.date};
        o.input = rec.text ? IN_TEXT : IN_AUTO;
        buf_clear(&out);
        if (lede_page(&o, rec.payload.p, rec.payload.len, rec.charset[0] ? rec.charset : NULL,
                      &info, &out, &err) < 2 &&
            !utf8_valid(out.p, out.len))
            abort();
    }
    buf_free(&out);
    buf_free(&err);
    buf_free(&rec.payload);
    warc_close(r);
    fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    if (data[0] % 8 == 6) {
        fuzz_warc(data + 1, size - 1);
        return 0;
    }
    LedeOptions o = {0};
    o.input = data[0] % 3;
    o.format = (data[0] / 3) % 2 ? FMT_JSON : FMT_TEXT;
    OutputInfo info = {.source = "fuzz", .first = true};
    Buf out = {0}, err = {0};
    int st = lede_page(&o, (const char *)data + 1, size - 1, NULL, &info, &out, &err);
    if (st < 0 || st > 2)
        abort();
    if (st < 2) {
        if (!utf8_valid(out.p ? out.p : "", out.len))
            abort();
        for (size_t i = 0; i < out.len; i++) {
            unsigned char c = (unsigned char)out.p[i];
            if ((c < 0x20 && c != '\n') || c == 0x7F)
                abort();
            if (o.format == FMT_JSON && c == '\n' && i + 1 != out.len)
                abort();
        }
        if (o.format == FMT_JSON && (out.len < 3 || out.p[0] != '{' || out.p[out.len - 2] != '}'))
            abort();
    }
    buf_free(&out);
    buf_free(&err);
    return 0;
}
