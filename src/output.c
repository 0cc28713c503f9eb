/* output: the writers.  An article in, bytes for stdout out. */
#include "output.h"

#include <stdint.h>
#include <string.h>

#include "text.h"

void json_string(Buf *out, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    buf_addc(out, '"');
    size_t n = strlen(s), i = 0, run = 0;
    while (i < n) {
        /* eight bytes at a time while none needs a look: a control, a
         * quote, a backslash, DEL or a non-ASCII byte */
        while (i + 8 <= n) {
            uint64_t v;
            memcpy(&v, s + i, 8);
            uint64_t ctl = (v - 0x2020202020202020ull) & ~v;
            uint64_t t = v ^ 0x2222222222222222ull;
            uint64_t quote = (t - 0x0101010101010101ull) & ~t;
            t = v ^ 0x5C5C5C5C5C5C5C5Cull;
            uint64_t bs = (t - 0x0101010101010101ull) & ~t;
            t = v ^ 0x7F7F7F7F7F7F7F7Full;
            uint64_t del = (t - 0x0101010101010101ull) & ~t;
            if ((ctl | quote | bs | del | v) & 0x8080808080808080ull)
                break;
            run += 8;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
            run++;
            i++;
            continue;
        }
        const char *esc = NULL;
        char u[7];
        size_t k = 1;
        if (c == '"')
            esc = "\\\"";
        else if (c == '\\')
            esc = "\\\\";
        else if (c == '\n')
            esc = "\\n";
        else if (c == '\t')
            esc = "\\t";
        else if (c == '\r')
            esc = "\\r";
        else if (c < 0x20 || c == 0x7F) {
            memcpy(u, "\\u00", 4);
            u[4] = hex[c >> 4];
            u[5] = hex[c & 15];
            u[6] = '\0';
            esc = u;
        } else if (c >= 0x80) {
            int32_t cp;
            k = utf8_decode(s, n, i, &cp);
            if (cp == 0x2028)
                esc = "\\u2028";
            else if (cp == 0x2029)
                esc = "\\u2029";
            else if (k == 1)
                esc = "\\ufffd"; /* never emit an invalid byte */
        }
        if (esc) {
            buf_add(out, s + i - run, run);
            run = 0;
            buf_adds(out, esc);
        } else {
            run += k;
        }
        i += k;
    }
    buf_add(out, s + n - run, run);
    buf_addc(out, '"');
}

/* The metadata fields that are one string each: JSON key, --meta label,
 * value. */
typedef struct {
    const char *key, *label, *value;
} Field;
#define FIELDS 6

static void fields(const Article *a, Field *f)
{
    f[0] = (Field){"published", "Published", a->published};
    f[1] = (Field){"modified", "Modified", a->modified};
    f[2] = (Field){"site", "Site", a->site};
    f[3] = (Field){"language", "Language", a->language};
    f[4] = (Field){"url", "URL", a->url};
    f[5] = (Field){"description", "Description", a->description};
}

static void json_opt(Buf *out, const char *key, const char *v)
{
    buf_addc(out, '"');
    buf_adds(out, key);
    buf_adds(out, "\":");
    if (v)
        json_string(out, v);
    else
        buf_adds(out, "null");
}

/* A JSON string of text that text_clean made: valid UTF-8 without
 * controls or line separators, so only quotes and backslashes need escapes. */
static void json_clean_string(Buf *out, const char *s)
{
    buf_addc(out, '"');
    for (;;) {
        size_t k = strcspn(s, "\"\\");
        buf_add(out, s, k);
        s += k;
        if (!*s)
            break;
        buf_addc(out, '\\');
        buf_addc(out, *s++);
    }
    buf_addc(out, '"');
}

void output_json(Buf *out, const Article *a, const OutputInfo *info)
{
    buf_addc(out, '{');
    json_opt(out, "source", info->source);
    buf_addc(out, ',');
    json_opt(out, "input", info->input == INPUT_HTML ? "html" : "text");
    if (info->warc_id) {
        buf_addc(out, ',');
        json_opt(out, "warc_record_id", info->warc_id);
        buf_addc(out, ',');
        json_opt(out, "warc_date", info->warc_date);
    }
    if (info->error) {
        buf_addc(out, ',');
        json_opt(out, "error", info->error);
    }
    buf_addc(out, ',');
    json_opt(out, "headline", a->headline);
    buf_adds(out, ",\"dateline\":");
    if (a->has_dateline) {
        const Dateline *d = &a->dateline;
        buf_addc(out, '{');
        json_opt(out, "text", d->text);
        buf_addc(out, ',');
        json_opt(out, "city", d->city);
        buf_addc(out, ',');
        json_opt(out, "region", d->region);
        buf_addc(out, ',');
        json_opt(out, "agency", d->agency);
        buf_addc(out, ',');
        json_opt(out, "date", d->date);
        buf_addc(out, '}');
    } else {
        buf_adds(out, "null");
    }
    buf_addc(out, ',');
    json_opt(out, "byline", a->byline);
    buf_adds(out, ",\"authors\":");
    if (a->n_authors) {
        buf_addc(out, '[');
        for (size_t i = 0; i < a->n_authors; i++) {
            if (i)
                buf_addc(out, ',');
            json_string(out, a->authors[i]);
        }
        buf_addc(out, ']');
    } else {
        buf_adds(out, "null");
    }
    Field f[FIELDS];
    fields(a, f);
    for (size_t i = 0; i < FIELDS; i++) {
        buf_addc(out, ',');
        json_opt(out, f[i].key, f[i].value);
    }
    buf_adds(out, ",\"paragraphs\":[");
    for (size_t i = 0; i < a->n_paras; i++) {
        if (i)
            buf_addc(out, ',');
        json_clean_string(out, a->paras[i]); /* paragraphs are cleaned text */
    }
    buf_adds(out, "]}\n");
}

void output_text(Buf *out, const Article *a, const OutputInfo *info)
{
    if (info->header) {
        if (!info->first)
            buf_addc(out, '\n');
        buf_adds(out, "==> ");
        /* a file name is bytes: keep the output valid UTF-8 */
        const char *src = info->source;
        size_t sn = strlen(src);
        for (size_t i = 0; i < sn;) {
            int32_t cp;
            size_t k = utf8_decode(src, sn, i, &cp);
            if (cp == 0xFFFD && k == 1)
                utf8_encode(out, 0xFFFD);
            else if (cp >= 0x20 && cp != 0x7F)
                buf_add(out, src + i, k);
            i += k;
        }
        buf_adds(out, " <==\n");
    }
    if (a->headline) {
        buf_adds(out, a->headline);
        buf_addc(out, '\n');
    }
    if (info->meta) {
        /* --meta: the known fields as "Key: value" lines */
        bool any = false;
        if (a->byline || a->n_authors) {
            if (a->headline)
                buf_addc(out, '\n');
            any = true;
            if (a->byline) {
                buf_adds(out, "Byline: ");
                buf_adds(out, a->byline);
                buf_addc(out, '\n');
            }
            if (a->n_authors) {
                buf_adds(out, "Authors: ");
                for (size_t k = 0; k < a->n_authors; k++) {
                    if (k)
                        buf_adds(out, "; ");
                    buf_adds(out, a->authors[k]);
                }
                buf_addc(out, '\n');
            }
        }
        Field f[FIELDS];
        fields(a, f);
        for (size_t i = 0; i < FIELDS; i++) {
            if (!f[i].value)
                continue;
            if (!any && a->headline)
                buf_addc(out, '\n');
            any = true;
            buf_adds(out, f[i].label);
            buf_adds(out, ": ");
            buf_adds(out, f[i].value);
            buf_addc(out, '\n');
        }
    }
    bool above = a->headline || (info->meta && (a->byline || a->n_authors || a->published ||
                                                 a->modified || a->site || a->language ||
                                                 a->url || a->description));
    for (size_t i = 0; i < a->n_paras; i++) {
        if (i || above)
            buf_addc(out, '\n');
        if (i == 0 && a->has_dateline) {
            buf_adds(out, a->dateline.text);
            buf_addc(out, ' ');
        }
        buf_adds(out, a->paras[i]);
        buf_addc(out, '\n');
    }
}

static const char *label_name(int label)
{
    switch (label) {
    case LABEL_CONTENT: return "content";
    case LABEL_HEADLINE: return "headline";
    case LABEL_BYLINE: return "byline";
    case LABEL_DATE: return "date";
    default: return "boiler";
    }
}

void output_explain(FILE *f, const Page *pg, const Region *r)
{
    fprintf(f, "# %zu blocks, %zu containers; root container %d", pg->n, pg->nn, r->root);
    for (int k = 0; k < r->n_sections; k++)
        fprintf(f, "%s%d", k ? ", " : ", sections ", r->sections[k]);
    fprintf(f, ", body run %zu..%zu%s\n", r->first, r->last, r->found ? "" : " (none)");
    /* the best container candidates */
    int top[5] = {-1, -1, -1, -1, -1};
    for (size_t nd = 0; nd < pg->nn; nd++) {
        for (int k = 0; k < 5; k++) {
            if (top[k] < 0 || pg->nodes[nd].score > pg->nodes[top[k]].score) {
                for (int m = 4; m > k; m--)
                    top[m] = top[m - 1];
                top[k] = (int)nd;
                break;
            }
        }
    }
    for (int k = 0; k < 5 && top[k] >= 0; k++) {
        const Node *x = &pg->nodes[top[k]];
        fprintf(f, "# container %d: score %.0f, parent %d, depth %d, hint %d, tag %d\n", top[k],
                x->score, x->parent, x->depth, x->hint, x->tag);
    }
    fprintf(f, "# idx label    score  chars links stop%% sent kind node hint flags text\n");
    fprintf(f, "# flags: T title, R repeated, C cue, K cookie notice, L list heading, M comment header,\n"
               "#        B byline, D time, J in JSON-LD body, N nav/aside/footer, - none\n");
    for (size_t i = 0; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        int sp = b->words ? (int)(100 * b->stopwords / b->words) : 0;
        int hint = 0;
        for (int nd = b->node; nd > 0; nd = pg->nodes[nd].parent)
            hint += pg->nodes[nd].hint;
        /* the first 70 bytes of the text, cut at a character boundary */
        int cut = 0;
        if (b->text) {
            size_t k = b->len < 70 ? b->len : 70;
            while (k > 0 && k < b->len && ((unsigned char)b->text[k] & 0xC0) == 0x80)
                k--;
            cut = (int)k;
        }
        static const struct {
            unsigned flag;
            char letter;
        } shown[] = {{F_TITLE, 'T'}, {F_REPEAT, 'R'}, {F_CUE, 'C'}, {F_NOTICE, 'K'}, {F_LISTHEAD, 'L'},
                     {F_COMMENT, 'M'}, {F_BYLINE, 'B'}, {F_TIME, 'D'}, {F_LDBODY, 'J'},
                     {F_NAV | F_ASIDE | F_FOOTER, 'N'}};
        char flags[sizeof shown / sizeof *shown + 1];
        size_t nf = 0;
        for (size_t k = 0; k < sizeof shown / sizeof *shown; k++)
            if (b->flags & shown[k].flag)
                flags[nf++] = shown[k].letter;
        if (!nf)
            flags[nf++] = '-';
        flags[nf] = '\0';
        fprintf(f, "%5zu %-8s %6.2f %6zu %5.2f %4d %4zu %4d %4d %4d %-5s %.*s\n", i,
                label_name(b->label), b->score, b->chars, b->link_density, sp, b->sentences,
                b->heading ? 10 + b->heading : b->kind, b->node, hint, flags, cut,
                b->text ? b->text : "");
    }
}

void output_json_error(Buf *out, const OutputInfo *info, const char *error)
{
    Article none;
    memset(&none, 0, sizeof none);
    OutputInfo with = *info;
    with.error = error;
    output_json(out, &none, &with);
}
