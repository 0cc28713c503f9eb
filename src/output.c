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

void output_fields(const Article *a, OutputField *f)
{
    f[0] = (OutputField){"published", "Published", a->published};
    f[1] = (OutputField){"modified", "Modified", a->modified};
    f[2] = (OutputField){"site", "Site", a->site};
    f[3] = (OutputField){"language", "Language", a->language};
    f[4] = (OutputField){"url", "URL", a->url};
    f[5] = (OutputField){"description", "Description", a->description};
    f[6] = (OutputField){"image", "Image", a->image};
    f[7] = (OutputField){"next_page", "Next page", a->next_page};
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

/* An entry's text: clean text (blocks are), but code, which keeps its
 * lines. */
static void json_entry(Buf *out, const Article *a, size_t e, size_t skip)
{
    if (a->entries[e].line)
        json_string(out, a->paras[e] + skip);
    else
        json_clean_string(out, a->paras[e] + skip);
}

/* ,"key":value for each of n members (null for a NULL value). */
static void json_members(Buf *out, const char *const *keys, const char *const *vals, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        buf_addc(out, ',');
        json_opt(out, keys[i], vals[i]);
    }
}

static void json_array(Buf *out, const char *const *s, size_t n)
{
    buf_addc(out, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_addc(out, ',');
        json_clean_string(out, s[i]); /* (a table's cells are clean text) */
    }
    buf_addc(out, ']');
}

/* One block of "blocks": its type, its text (items, rows), its links. */
static void json_block(Buf *out, const Article *a, const ArticleBlock *k)
{
    static const char *const names[] = {
        [BLOCK_PARAGRAPH] = "paragraph", [BLOCK_HEADING] = "heading", [BLOCK_LIST] = "list",
        [BLOCK_QUOTE] = "quote", [BLOCK_TABLE] = "table", [BLOCK_CODE] = "code",
        [BLOCK_IMAGE] = "image"};
    buf_adds(out, "{\"type\":\"");
    buf_adds(out, names[k->type]);
    buf_addc(out, '"');
    switch (k->type) {
    case BLOCK_HEADING:
        buf_adds(out, ",\"level\":");
        buf_addc(out, (char)('0' + (k->level > 6 ? 6 : k->level)));
        break;
    case BLOCK_LIST:
        buf_adds(out, k->ordered ? ",\"ordered\":true,\"items\":[" : ",\"ordered\":false,\"items\":[");
        for (size_t i = k->first; i < k->first + k->n; i++) {
            if (i > k->first)
                buf_addc(out, ',');
            json_entry(out, a, i, a->entries[i].mark);
        }
        buf_addc(out, ']');
        break;
    case BLOCK_TABLE:
        buf_adds(out, ",\"rows\":[");
        for (size_t r = 0; r < k->n; r++) {
            const ArticleEntry *row = &a->entries[k->first + r];
            if (r)
                buf_addc(out, ',');
            json_array(out, a->cells + row->first, row->n);
        }
        buf_adds(out, k->header ? "],\"header\":true" : "],\"header\":false");
        break;
    case BLOCK_IMAGE: {
        const char *const keys[] = {"src", "alt", "caption"}, *const vals[] = {k->src, k->alt, k->caption};
        json_members(out, keys, vals, 3);
        break;
    }
    default:
        break;
    }
    if (k->type != BLOCK_LIST && k->type != BLOCK_TABLE && k->type != BLOCK_IMAGE) {
        buf_adds(out, ",\"text\":");
        json_entry(out, a, k->first, 0);
    }
    bool any = false;
    for (size_t i = k->type == BLOCK_IMAGE ? a->n_links : article_first_link(a, k->first);
         i < a->n_links && a->links[i].entry < k->first + k->n; i++) {
        const ArticleLink *l = &a->links[i];
        buf_adds(out, any ? "," : ",\"links\":[");
        any = true;
        buf_addc(out, '{');
        json_opt(out, "text", l->text);
        buf_addc(out, ',');
        json_opt(out, "href", l->href);
        buf_addc(out, '}');
    }
    if (any)
        buf_addc(out, ']');
    buf_addc(out, '}');
}

void output_json(Buf *out, const Article *a, const OutputInfo *info)
{
    buf_addc(out, '{');
    json_opt(out, "source", info->source);
    buf_addc(out, ',');
    json_opt(out, "input", info->input == INPUT_HTML ? "html" : "text");
    buf_adds(out, a->is_article ? ",\"article\":true" : ",\"article\":false");
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
        const char *const keys[] = {"text", "city", "region", "agency", "date"},
                          *const vals[] = {d->text, d->city, d->region, d->agency, d->date};
        buf_addc(out, '{');
        json_opt(out, keys[0], vals[0]);
        json_members(out, keys + 1, vals + 1, 4);
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
    OutputField f[OUTPUT_FIELDS];
    output_fields(a, f);
    for (size_t i = 0; i < OUTPUT_FIELDS; i++) {
        buf_addc(out, ',');
        json_opt(out, f[i].key, f[i].value);
    }
    buf_adds(out, ",\"paragraphs\":[");
    for (size_t i = 0; i < a->n_paras; i++) {
        if (i)
            buf_addc(out, ',');
        json_entry(out, a, i, 0);
    }
    buf_adds(out, "],\"blocks\":[");
    for (size_t i = 0; i < a->n_blocks; i++) {
        if (i)
            buf_addc(out, ',');
        json_block(out, a, &a->blocks[i]);
    }
    buf_adds(out, "]}\n");
}

void output_name(Buf *out, const char *src)
{
    /* a file name is bytes: keep the output valid UTF-8, and on one line
     * ("--" too goes, which would end a Markdown writer's comment) */
    size_t sn = strlen(src);
    for (size_t i = 0; i < sn;) {
        int32_t cp;
        size_t k = utf8_decode(src, sn, i, &cp);
        if (cp == 0xFFFD && k == 1)
            utf8_encode(out, 0xFFFD);
        else if (cp >= 0x20 && cp != 0x7F && !(cp == '-' && i + 1 < sn && src[i + 1] == '-'))
            buf_add(out, src + i, k);
        i += k;
    }
}

void output_text(Buf *out, const Article *a, const OutputInfo *info)
{
    if (a->withheld)
        return;
    if (info->header) {
        if (!info->first)
            buf_addc(out, '\n');
        buf_adds(out, "==> ");
        output_name(out, info->source);
        buf_adds(out, " <==\n");
    }
    bool meta = info->meta && (a->byline || a->n_authors || a->published || a->modified ||
                                a->site || a->language || a->url || a->description);
    /* the layout is fixed: the first line is the headline, empty when none
     * was found, so that `lede page | head -1` is always the headline */
    bool top = a->headline || a->n_paras || meta;
    if (top) {
        buf_adds(out, a->headline ? a->headline : "");
        buf_addc(out, '\n');
    }
    if (info->meta) {
        /* --meta: the known fields as "Key: value" lines */
        bool any = false;
        if (a->byline || a->n_authors) {
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
        OutputField f[OUTPUT_FIELDS];
        output_fields(a, f);
        for (size_t i = 0; i < OUTPUT_FIELDS; i++) {
            if (!f[i].value)
                continue;
            if (!any)
                buf_addc(out, '\n');
            any = true;
            buf_adds(out, f[i].label);
            buf_adds(out, ": ");
            buf_adds(out, f[i].value);
            buf_addc(out, '\n');
        }
    }
    for (size_t i = 0; i < a->n_paras; i++) {
        if (i || top)
            buf_addc(out, '\n');
        if (i == 0 && a->has_dateline) {
            buf_adds(out, a->dateline.text);
            buf_addc(out, ' ');
        }
        /* (code keeps its lines in JSON and Markdown; here, as every
         * paragraph, it is one line) */
        const char *line = a->entries ? a->entries[i].line : NULL;
        buf_adds(out, line ? line : a->paras[i]);
        buf_addc(out, '\n');
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
