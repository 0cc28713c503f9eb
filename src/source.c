/* source: the pages of one FILE, one at a time. */
#include "source.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "json.h"
#include "warc.h"

struct Source {
    FILE *f;
    const char *name;
    SourceKind kind;
    LedeInput input;
    size_t max_size;
    bool done;
    Buf bytes;      /* the page (SOURCE_PAGE) or the line (SOURCE_JSONL) */
    Buf msg;        /* the messages of the item last given */
    char label[2100];
    char source[32];
    /* WARC */
    WarcReader *warc;
    WarcRecord rec;
    unsigned long pages, skipped, damaged;
    /* JSON Lines */
    Json *json;
    unsigned long line;
};

FILE *source_fopen(const char *name)
{
    if (!strcmp(name, "-"))
        return stdin;
    FILE *f = fopen(name, "rb");
    if (f)
        return f;
    int err = errno;
    const char *scheme = strstr(name, "://");
    if (err == ENOENT && scheme && scheme > name && scheme - name <= 10)
        fprintf(stderr, "lede: %s: lede reads files and standard input, not URLs; "
                        "fetch the page first: curl -s '%s' | lede\n", name, name);
    else
        fprintf(stderr, "lede: %s: %s\n", name, strerror(err));
    return NULL;
}

Source *source_open(FILE *f, const char *name, SourceKind kind, LedeInput input,
                    size_t max_size)
{
    Source *s = xcalloc(1, sizeof *s);
    s->f = f;
    s->name = name;
    s->kind = kind;
    s->input = input;
    s->max_size = max_size;
    if (kind == SOURCE_WARC)
        s->warc = warc_open(f, max_size);
    return s;
}

/* Add a line to the item's messages: "lede: FILE: ", what, detail. */
static void say(Source *s, const char *what, const char *detail)
{
    buf_adds(&s->msg, "lede: ");
    buf_adds(&s->msg, s->name);
    buf_adds(&s->msg, ": ");
    buf_adds(&s->msg, what);
    if (detail)
        buf_adds(&s->msg, detail);
    buf_addc(&s->msg, '\n');
}

/* A read error at the end of the FILE, as an item of its own. */
static bool read_error(Source *s, SourcePage *p)
{
    if (!ferror(s->f))
        return false;
    say(s, strerror(errno ? errno : EIO), NULL);
    p->messages = s->msg.p;
    return true;
}

/* The FILE is one page; a gzipped page (page.html.gz) is read as the page
 * it holds, and one that ends early gives what it holds, with a message. */
static bool next_page(Source *s, SourcePage *p)
{
    ReadStatus r = input_read(s->f, s->max_size, &s->bytes);
    int err = errno;
    if (r == READ_OK && input_gzipped(&s->bytes)) {
        r = input_inflate(&s->bytes, 0, s->max_size);
        if (r == READ_ERROR) {
            say(s, "damaged gzip data", NULL);
            p->messages = s->msg.p;
            return true;
        }
        if (r == READ_TRUNCATED) {
            say(s, "gzip data ends early (truncated)", NULL);
            r = READ_OK;
        }
    }
    if (r == READ_TOO_BIG) {
        char limit[80];
        snprintf(limit, sizeof limit, "%zu bytes (see --max-size)", s->max_size);
        say(s, "page larger than the limit of ", limit);
    } else if (r == READ_ERROR) {
        say(s, strerror(err), NULL);
    } else {
        p->bytes = s->bytes.p ? s->bytes.p : "";
        p->len = s->bytes.len;
    }
    p->source = p->label = s->name;
    p->messages = s->msg.len ? s->msg.p : NULL;
    return true;
}

/* A WARC file: one page a response or conversion record. */
static bool next_warc(Source *s, SourcePage *p)
{
    WarcRecord *rec = &s->rec;
    for (int st; (st = warc_next(s->warc, rec)) != WARC_END;) {
        char number[32];
        snprintf(number, sizeof number, "%lu", rec->number);
        if (rec->junk_before)
            say(s, "bytes that are no WARC record before record ", number);
        if (st == WARC_SKIP) {
            s->skipped++;
        } else if (st == WARC_DAMAGED) {
            s->damaged++;
            char what[400];
            snprintf(what, sizeof what, "record %lu %s: %s", rec->number,
                     rec->id[0] ? rec->id : "(no ID)", rec->reason);
            say(s, what, NULL);
        } else {
            s->pages++;
            p->bytes = rec->payload.p;
            p->len = rec->payload.len;
            p->input = rec->text ? INPUT_TEXT : s->input;
            p->charset = rec->charset[0] ? rec->charset : NULL;
            p->source = rec->uri[0] ? rec->uri : s->name;
            snprintf(s->label, sizeof s->label, "%s: record %lu", s->name, rec->number);
            p->label = s->label;
            p->warc_id = rec->id;
            p->warc_date = rec->date;
        }
        if (p->bytes || s->msg.len) {
            p->messages = s->msg.len ? s->msg.p : NULL;
            return true;
        }
    }
    s->done = true;
    return read_error(s, p);
}

/* One line of f (without its newline) into b, holding at most max bytes
 * of it: a longer line is read to its end and dropped, with *too_long set.
 * False at the end of input. */
static bool read_line_bounded(FILE *f, size_t max, Buf *b, bool *too_long)
{
    char chunk[65536];
    buf_clear(b);
    *too_long = false;
    bool any = false;
    while (fgets(chunk, sizeof chunk, f)) {
        any = true;
        size_t n = strlen(chunk); /* a NUL byte in the line cuts it here: JSON has none */
        bool end = n && chunk[n - 1] == '\n';
        if (end)
            n--;
        if (!*too_long && b->len + n <= max)
            buf_add(b, chunk, n);
        else
            *too_long = true;
        if (end)
            break;
    }
    if (!b->p)
        buf_reserve(b, 0);
    return any;
}

/* JSON Lines: one page a line; a line that is no page still gives its
 * line out, with an error, so that output lines match input lines. */
static bool next_jsonl(Source *s, SourcePage *p)
{
    bool too_long;
    while (read_line_bounded(s->f, s->max_size, &s->bytes, &too_long)) {
        const char *line = s->bytes.p;
        size_t len = too_long ? s->max_size + 1 : s->bytes.len;
        s->line++;
        snprintf(s->source, sizeof s->source, "%lu", s->line);
        if (len == 0 || (len == 1 && line[0] == '\r'))
            continue; /* a blank line is no record */
        json_free(s->json);
        s->json = NULL;
        const char *err = NULL;
        const Json *obj = NULL, *html = NULL, *text = NULL;
        if (len > s->max_size) {
            err = "line larger than the size limit";
        } else {
            s->json = json_parse(line, len);
            obj = s->json && s->json->n ? s->json->items[0] : NULL;
            html = json_get(obj, "html");
            text = json_get(obj, "text");
            if (!obj || obj->type != JSON_OBJ)
                err = "not a JSON object";
            else if ((!html || html->type != JSON_STR) && (!text || text->type != JSON_STR))
                err = "no \"html\" or \"text\" string";
        }
        const Json *url = json_get(obj, "url"), *id = json_get(obj, "id");
        p->source = url && url->type == JSON_STR ? url->str
                    : id && id->type == JSON_STR ? id->str
                    : id && id->type == JSON_NUM ? id->str
                                                 : s->source;
        snprintf(s->label, sizeof s->label, "line %lu", s->line);
        p->label = s->label;
        if (err) {
            char what[2300];
            snprintf(what, sizeof what, "%s: %s", s->label, err);
            say(s, what, NULL);
            p->messages = s->msg.p;
            p->error = err;
            p->input = INPUT_TEXT;
        } else {
            bool is_html = html && html->type == JSON_STR;
            p->bytes = is_html ? html->str : text->str;
            p->len = strlen(p->bytes);
            p->input = is_html ? INPUT_HTML : INPUT_TEXT;
        }
        return true;
    }
    s->done = true;
    return read_error(s, p);
}

bool source_next(Source *s, SourcePage *p)
{
    memset(p, 0, sizeof *p);
    p->input = s->input;
    buf_clear(&s->msg);
    if (s->done)
        return false;
    if (s->kind == SOURCE_WARC)
        return next_warc(s, p);
    if (s->kind == SOURCE_JSONL)
        return next_jsonl(s, p);
    s->done = true;
    return next_page(s, p);
}

const char *source_summary(Source *s)
{
    if (s->kind != SOURCE_WARC)
        return NULL;
    buf_clear(&s->msg);
    char counts[160];
    snprintf(counts, sizeof counts, "%lu records: %lu pages, %lu not pages, %lu damaged",
             s->rec.number, s->pages, s->skipped, s->damaged);
    say(s, counts, NULL);
    return s->msg.p;
}

void source_close(Source *s)
{
    if (!s)
        return;
    if (s->warc)
        warc_close(s->warc);
    buf_free(&s->rec.payload);
    buf_free(&s->bytes);
    buf_free(&s->msg);
    json_free(s->json);
    free(s);
}
