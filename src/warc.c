/* warc: pages out of WARC files. */
#include "warc.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "input.h"

#define CHUNK 65536

struct WarcReader {
    FILE *f;
    size_t max_size;
    bool gz, zdone, broken;
    z_stream zs;
    unsigned char in[CHUNK];
    char *buf;            /* decompressed bytes [start, end) */
    size_t start, end, cap;
    unsigned long count;
};

/* More bytes into the buffer; false at the end of input. */
static bool fill(WarcReader *r)
{
    if (r->start > 0) {
        memmove(r->buf, r->buf + r->start, r->end - r->start);
        r->end -= r->start;
        r->start = 0;
    }
    if (r->end + CHUNK > r->cap) {
        r->cap = r->end + CHUNK;
        r->buf = xrealloc(r->buf, r->cap);
    }
    if (r->broken)
        return false;
    if (!r->gz) {
        size_t got = fread(r->buf + r->end, 1, CHUNK, r->f);
        r->end += got;
        return got > 0;
    }
    for (;;) {
        if (r->zs.avail_in == 0) {
            size_t got = fread(r->in, 1, CHUNK, r->f);
            if (!got)
                return false;
            r->zs.next_in = r->in;
            r->zs.avail_in = (uInt)got;
        }
        if (r->zdone) {
            /* the next gzip member: a record of its own */
            inflateReset(&r->zs);
            r->zdone = false;
        }
        r->zs.next_out = (Bytef *)r->buf + r->end;
        r->zs.avail_out = CHUNK;
        int z = inflate(&r->zs, Z_NO_FLUSH);
        size_t made = CHUNK - r->zs.avail_out;
        r->end += made;
        if (z == Z_STREAM_END)
            r->zdone = true;
        else if (z != Z_OK && z != Z_BUF_ERROR) {
            r->broken = true;
            return made > 0;
        }
        if (made)
            return true;
    }
}

/* A line (without its CR LF) into line; false at the end of input. */
static bool read_line(WarcReader *r, Buf *line)
{
    buf_clear(line);
    for (;;) {
        char *nl = memchr(r->buf + r->start, '\n', r->end - r->start);
        if (nl) {
            size_t len = (size_t)(nl - (r->buf + r->start));
            if (line->len + len < 65536)
                buf_add(line, r->buf + r->start, len);
            r->start += len + 1;
            if (line->len && line->p[line->len - 1] == '\r')
                line->p[--line->len] = '\0';
            return true;
        }
        if (line->len + (r->end - r->start) < 65536)
            buf_add(line, r->buf + r->start, r->end - r->start);
        r->start = r->end;
        if (!fill(r))
            return line->len > 0;
    }
}

/* n bytes into out (or dropped when out is NULL); false if input ends. */
static bool read_exact(WarcReader *r, size_t n, Buf *out)
{
    while (n) {
        if (r->start == r->end && !fill(r))
            return false;
        size_t take = r->end - r->start < n ? r->end - r->start : n;
        if (out)
            buf_add(out, r->buf + r->start, take);
        r->start += take;
        n -= take;
    }
    return true;
}

WarcReader *warc_open(FILE *f, size_t max_size)
{
    WarcReader *r = xcalloc(1, sizeof *r);
    r->f = f;
    r->max_size = max_size;
    r->cap = CHUNK;
    r->buf = xmalloc(r->cap);
    int c1 = getc(f);
    if (c1 != EOF)
        ungetc(c1, f);
    r->gz = c1 == 0x1f; /* gzip's first byte; a WARC starts with 'W' */
    if (r->gz) {
        if (inflateInit2(&r->zs, 15 + 16) != Z_OK)
            r->broken = true;
    }
    return r;
}

void warc_close(WarcReader *r)
{
    if (r->gz)
        inflateEnd(&r->zs);
    free(r->buf);
    free(r);
}

/* strcasestr, which is not standard */
static const char *ci_find(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (!strncasecmp(hay, needle, n))
            return hay;
    return NULL;
}

static void header_value(const char *line, const char *name, char *out, size_t cap)
{
    size_t n = strlen(name);
    if (strncasecmp(line, name, n) || line[n] != ':')
        return;
    const char *v = line + n + 1;
    while (*v == ' ' || *v == '\t')
        v++;
    size_t len = strlen(v);
    while (len && (v[len - 1] == ' ' || v[len - 1] == '\t'))
        len--;
    if (len >= cap)
        len = cap - 1;
    memcpy(out, v, len);
    out[len] = '\0';
}

/* The charset parameter of a Content-Type value. */
static void charset_of(const char *ct, char *out, size_t cap)
{
    const char *c = ci_find(ct, "charset=");
    out[0] = '\0';
    if (!c)
        return;
    c += 8;
    if (*c == '"' || *c == '\'')
        c++;
    size_t k = 0;
    while (c[k] && c[k] != ';' && c[k] != '"' && c[k] != '\'' && c[k] != ' ' && k + 1 < cap) {
        out[k] = c[k];
        k++;
    }
    out[k] = '\0';
}

/* Undo chunked transfer coding in place; false if it is broken. */
static bool unchunk(Buf *b, size_t from)
{
    size_t rd = from, wr = from;
    for (;;) {
        char *end;
        if (rd >= b->len)
            return false;
        unsigned long size = strtoul(b->p + rd, &end, 16);
        if (end == b->p + rd)
            return false;
        char *nl = memchr(end, '\n', b->len - (size_t)(end - b->p));
        if (!nl)
            return false;
        rd = (size_t)(nl - b->p) + 1;
        if (size == 0)
            break;
        if (size > b->len - rd)
            size = b->len - rd; /* a truncated last chunk: keep what is there */
        memmove(b->p + wr, b->p + rd, size);
        wr += size;
        rd += size;
        if (rd < b->len && b->p[rd] == '\r')
            rd++;
        if (rd < b->len && b->p[rd] == '\n')
            rd++;
        if (rd >= b->len)
            break;
    }
    b->len = wr;
    b->p[wr] = '\0';
    return true;
}

/* The HTTP response in rec->payload: keep the body of a 2xx page. */
static int http_response(WarcReader *r, WarcRecord *rec)
{
    Buf *b = &rec->payload;
    char *hdr_end = NULL;
    for (size_t i = 0; i + 1 < b->len; i++) {
        if (b->p[i] == '\n' && (b->p[i + 1] == '\n' ||
                                (b->p[i + 1] == '\r' && i + 2 < b->len && b->p[i + 2] == '\n'))) {
            hdr_end = b->p + i + (b->p[i + 1] == '\n' ? 2 : 3);
            break;
        }
    }
    if (!hdr_end || strncmp(b->p, "HTTP/", 5)) {
        snprintf(rec->reason, sizeof rec->reason, "no HTTP response in it");
        return WARC_DAMAGED;
    }
    const char *sp = memchr(b->p, ' ', (size_t)(hdr_end - b->p));
    int status = sp ? atoi(sp + 1) : 0;
    if (status < 200 || status > 299) {
        snprintf(rec->reason, sizeof rec->reason, "HTTP status %d", status);
        return WARC_SKIP;
    }
    char ct[256] = "", te[64] = "", ce[64] = "";
    for (char *line = b->p; line < hdr_end;) {
        char *nl = memchr(line, '\n', (size_t)(hdr_end - line));
        if (!nl)
            break;
        char save = *nl;
        *nl = '\0';
        if (nl > line && nl[-1] == '\r')
            nl[-1] = '\0';
        header_value(line, "Content-Type", ct, sizeof ct);
        header_value(line, "Transfer-Encoding", te, sizeof te);
        header_value(line, "Content-Encoding", ce, sizeof ce);
        *nl = save;
        if (nl > line && nl[-1] == '\0')
            nl[-1] = '\r';
        line = nl + 1;
    }
    bool html = ci_find(ct, "html") != NULL, plain = !strncasecmp(ct, "text/plain", 10);
    if (ct[0] && !html && !plain) {
        snprintf(rec->reason, sizeof rec->reason, "not a page (%.100s)", ct);
        return WARC_SKIP;
    }
    rec->text = plain;
    charset_of(ct, rec->charset, sizeof rec->charset);
    size_t body = (size_t)(hdr_end - b->p);
    memmove(b->p, b->p + body, b->len - body);
    b->len -= body;
    b->p[b->len] = '\0';
    if (ci_find(te, "chunked") && !unchunk(b, 0)) {
        snprintf(rec->reason, sizeof rec->reason, "broken chunked encoding");
        return WARC_DAMAGED;
    }
    if (ce[0] && strcasecmp(ce, "identity")) {
        if ((ci_find(ce, "gzip") || ci_find(ce, "deflate")) &&
            input_inflate(b, 0, r->max_size) != READ_ERROR)
            return WARC_PAGE;
        snprintf(rec->reason, sizeof rec->reason, "content encoding %.60s", ce);
        return ci_find(ce, "gzip") || ci_find(ce, "deflate") ? WARC_DAMAGED : WARC_SKIP;
    }
    return WARC_PAGE;
}

int warc_next(WarcReader *r, WarcRecord *rec)
{
    Buf line = {0};
    int result = WARC_END;
    rec->type[0] = rec->id[0] = rec->date[0] = rec->uri[0] = rec->charset[0] = '\0';
    rec->reason[0] = '\0';
    rec->text = false;
    buf_clear(&rec->payload);
    /* the version line, after any blank lines between records */
    bool resynced = false;
    for (;;) {
        if (!read_line(r, &line))
            goto done;
        if (!strncmp(line.p, "WARC/", 5))
            break;
        if (line.len)
            resynced = true; /* junk: look for the next record */
    }
    rec->number = ++r->count;
    long long length = -1;
    while (read_line(r, &line) && line.len) {
        header_value(line.p, "WARC-Type", rec->type, sizeof rec->type);
        header_value(line.p, "WARC-Record-ID", rec->id, sizeof rec->id);
        header_value(line.p, "WARC-Date", rec->date, sizeof rec->date);
        header_value(line.p, "WARC-Target-URI", rec->uri, sizeof rec->uri);
        if (!strncasecmp(line.p, "Content-Length:", 15))
            length = atoll(line.p + 15);
    }
    if (length < 0) {
        snprintf(rec->reason, sizeof rec->reason, "no Content-Length");
        result = WARC_DAMAGED;
        goto done;
    }
    bool page_type = !strcmp(rec->type, "response") || !strcmp(rec->type, "conversion");
    if (!page_type || (unsigned long long)length > r->max_size) {
        if (!read_exact(r, (size_t)length, NULL)) {
            snprintf(rec->reason, sizeof rec->reason, "truncated");
            result = WARC_DAMAGED;
        } else if (page_type) {
            snprintf(rec->reason, sizeof rec->reason, "page larger than the limit of %zu bytes",
                     r->max_size);
            result = WARC_DAMAGED;
        } else {
            snprintf(rec->reason, sizeof rec->reason, "a %s record", rec->type[0] ? rec->type : "untyped");
            result = WARC_SKIP;
        }
        goto done;
    }
    if (!read_exact(r, (size_t)length, &rec->payload)) {
        snprintf(rec->reason, sizeof rec->reason, "truncated");
        result = WARC_DAMAGED;
        goto done;
    }
    if (!rec->payload.p)
        buf_reserve(&rec->payload, 0);
    if (!strcmp(rec->type, "conversion")) {
        rec->text = true;
        result = WARC_PAGE;
    } else {
        result = http_response(r, rec);
    }
done:
    rec->junk_before = resynced;
    buf_free(&line);
    return result;
}
