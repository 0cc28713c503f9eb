/* libFuzzer target over the whole pipeline.  The first byte picks the input
 * kind (auto, html, text) and the format (text, json); the rest is the page.
 * Beyond what the sanitizers catch, it checks lede's promises about output:
 * always valid UTF-8, no control characters, and in JSON one object on one
 * line.  Built and run by scripts/fuzz. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lede.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
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
