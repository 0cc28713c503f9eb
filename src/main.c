/* main: the command line.  Options, the loop over pages, exit statuses.
 *
 * Owns: argument parsing, reading each FILE (or standard input), running
 * the pipeline on it (decode -> front end -> features -> classify ->
 * article -> writer), writing each page's output in one write, and the
 * exit status: 0 every page gave an article, 1 some page gave none, 2 an
 * error happened (which wins).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "decode.h"
#include "input.h"
#include "json.h"
#include "lede.h"
#include "warc.h"

#ifndef LEDE_VERSION
#define LEDE_VERSION "0.1.0"
#endif

typedef struct {
    LedeOptions lede;
    size_t max_size;
    bool warc;     /* --warc: FILEs are WARC files */
    bool jsonl;    /* --input=jsonl: FILEs are JSON Lines of pages */
} Options;

static const char usage_text[] =
    "Usage: lede [OPTION]... [FILE]...\n"
    "Extract the article from news pages: headline, dateline and body paragraphs.\n"
    "With no FILE, or when FILE is -, read standard input.  Each FILE is one page\n"
    "(gzipped or not).\n"
    "\n"
    "  -f, --format=FORMAT   output FORMAT: text (default) or json\n"
    "  -j                    same as --format=json\n"
    "  -i, --input=KIND      read pages as KIND: auto (default), html or text;\n"
    "                        jsonl: each line a JSON object with \"html\" or\n"
    "                        \"text\", and \"url\" or \"id\" (JSON out, a line each)\n"
    "      --warc            FILEs are WARC files (plain or gzipped): one JSON\n"
    "                        line for each response or conversion record\n"
    "      --charset=NAME    decode input as NAME, whatever the page declares\n"
    "      --max-size=SIZE   refuse pages larger than SIZE bytes (default 64M;\n"
    "                        suffixes K, M, G)\n"
    "      --meta            text output: add the known metadata as \"Key: value\"\n"
    "                        lines between the headline and the body\n"
    "      --explain         print each block's features, score and label to\n"
    "                        standard error\n"
    "  -h, --help            display this help and exit\n"
    "  -V, --version         output version information and exit\n"
    "\n"
    "Text output: the headline, a blank line, then one paragraph a line with a\n"
    "blank line between paragraphs.  JSON output: one object a page, a line each.\n"
    "\n"
    "Exit status is 0 if every page gave an article, 1 if some page gave none,\n"
    "and 2 if an error occurred.\n"
    "Full documentation: man lede\n";

static void usage_error(const char *msg, const char *arg)
{
    if (arg)
        fprintf(stderr, "lede: %s '%s'\n", msg, arg);
    else
        fprintf(stderr, "lede: %s\n", msg);
    fputs("Try 'lede --help' for more information.\n", stderr);
    exit(2);
}

static bool parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || s[0] == '-')
        return false;
    unsigned long long mul = 1;
    if (*end == 'k' || *end == 'K')
        mul = 1ull << 10, end++;
    else if (*end == 'm' || *end == 'M')
        mul = 1ull << 20, end++;
    else if (*end == 'g' || *end == 'G')
        mul = 1ull << 30, end++;
    if (*end || (v && mul > ~0ull / v))
        return false;
    *out = (size_t)(v * mul);
    return true;
}

static void write_all(const Buf *b)
{
    size_t off = 0;
    while (off < b->len) {
        ssize_t w = write(STDOUT_FILENO, b->p + off, b->len - off);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            fprintf(stderr, "lede: write error: %s\n", strerror(errno));
            exit(2);
        }
        off += (size_t)w;
    }
}

/* Run the pipeline on one page and write its output; returns 0, 1 or 2. */
static int one_page(const LedeOptions *lo, const char *name, const char *bytes, size_t n,
                    const char *transport, OutputInfo *info, Buf *out, Buf *msg)
{
    buf_clear(out);
    int status = lede_page(lo, bytes, n, transport, info, out, msg);
    if (msg->len)
        fprintf(stderr, "lede: %s: %s\n", name, msg->p);
    if (status < 2) {
        write_all(out);
        info->first = false;
    }
    return status;
}

/* One FILE that is one page. */
static int page_file(const Options *o, const char *name, FILE *f, OutputInfo *info, Buf *bytes,
                     Buf *out, Buf *msg)
{
    int r = input_read(f, o->max_size, bytes);
    int err = errno;
    /* a gzipped page (page.html.gz) is read as the page it holds; one
     * that ends early gives what it holds, with a message */
    bool cut = false;
    if (r == INPUT_OK && input_gzipped(bytes)) {
        r = input_inflate(bytes, 0, o->max_size);
        if (r == INPUT_ERROR) {
            fprintf(stderr, "lede: %s: damaged gzip data\n", name);
            return 2;
        }
        if (r == INPUT_TRUNCATED) {
            fprintf(stderr, "lede: %s: gzip data ends early (truncated)\n", name);
            r = INPUT_OK;
            cut = true;
        }
    }
    if (r == INPUT_TOO_BIG) {
        fprintf(stderr, "lede: %s: page larger than the limit of %zu bytes (see --max-size)\n",
                name, o->max_size);
        return 2;
    }
    if (r == INPUT_ERROR) {
        fprintf(stderr, "lede: %s: %s\n", name, strerror(err));
        return 2;
    }
    info->source = name;
    int st = one_page(&o->lede, name, bytes->p ? bytes->p : "", bytes->len, NULL, info, out, msg);
    return cut ? 2 : st;
}

/* A WARC file: one JSON line a page record. */
static int warc_file(const Options *o, const char *name, FILE *f, OutputInfo *info, Buf *out,
                     Buf *msg)
{
    WarcReader *r = warc_open(f, o->max_size);
    WarcRecord rec;
    memset(&rec, 0, sizeof rec);
    int status = 0, st;
    unsigned long pages = 0, skipped = 0, damaged = 0;
    LedeOptions lo = o->lede;
    while ((st = warc_next(r, &rec)) != WARC_END) {
        if (rec.junk_before) {
            fprintf(stderr, "lede: %s: bytes that are no WARC record before record %lu\n", name,
                    rec.number);
            status = 2;
        }
        if (st == WARC_SKIP) {
            skipped++;
            continue;
        }
        if (st == WARC_DAMAGED) {
            damaged++;
            fprintf(stderr, "lede: %s: record %lu %s: %s\n", name, rec.number,
                    rec.id[0] ? rec.id : "(no ID)", rec.reason);
            status = 2;
            continue;
        }
        pages++;
        lo.input = rec.text ? IN_TEXT : o->lede.input;
        info->source = rec.uri[0] ? rec.uri : name;
        info->warc_id = rec.id;
        info->warc_date = rec.date;
        char label[300];
        snprintf(label, sizeof label, "%s: record %lu", name, rec.number);
        int s = one_page(&lo, label, rec.payload.p, rec.payload.len,
                         rec.charset[0] ? rec.charset : NULL, info, out, msg);
        if (s > status)
            status = s;
    }
    if (ferror(f)) {
        fprintf(stderr, "lede: %s: %s\n", name, strerror(errno));
        status = 2;
    }
    if (o->lede.explain)
        fprintf(stderr, "lede: %s: %lu records: %lu pages, %lu not pages, %lu damaged\n", name,
                rec.number, pages, skipped, damaged);
    info->warc_id = info->warc_date = NULL;
    buf_free(&rec.payload);
    warc_close(r);
    return status;
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

/* JSON Lines: each line an object with "html" or "text", and "url" or
 * "id"; one JSON line out for each line in, in order. */
static int jsonl_file(const Options *o, const char *name, FILE *f, OutputInfo *info, Buf *out,
                      Buf *msg)
{
    Buf buf = {0};
    bool too_long;
    unsigned long number = 0;
    int status = 0;
    LedeOptions lo = o->lede;
    lo.format = FMT_JSON;
    while (read_line_bounded(f, o->max_size, &buf, &too_long)) {
        const char *line = buf.p;
        size_t len = too_long ? o->max_size + 1 : buf.len;
        number++;
        char source[32];
        snprintf(source, sizeof source, "%lu", number);
        if (len == 0 || (len == 1 && line[0] == '\r'))
            continue; /* a blank line is no record */
        const char *err = NULL;
        Json *j = NULL;
        const Json *obj = NULL, *html = NULL, *text = NULL;
        if (len > o->max_size) {
            err = "line larger than the size limit";
        } else {
            j = json_parse(line, len);
            obj = j && j->n ? j->items[0] : NULL;
            html = json_get(obj, "html");
            text = json_get(obj, "text");
            if (!obj || obj->type != JSON_OBJ)
                err = "not a JSON object";
            else if ((!html || html->type != JSON_STR) && (!text || text->type != JSON_STR))
                err = "no \"html\" or \"text\" string";
        }
        const Json *url = json_get(obj, "url"), *id = json_get(obj, "id");
        info->source = url && url->type == JSON_STR ? url->str
                       : id && id->type == JSON_STR ? id->str
                       : id && id->type == JSON_NUM ? id->str
                                                    : source;
        if (err) {
            fprintf(stderr, "lede: %s: line %lu: %s\n", name, number, err);
            /* still one line out, so that output lines match input lines */
            info->error = err;
            Article none;
            memset(&none, 0, sizeof none);
            info->input = INPUT_TEXT;
            buf_clear(out);
            output_json(out, &none, info);
            write_all(out);
            info->error = NULL;
            status = 2;
        } else {
            bool is_html = html && html->type == JSON_STR;
            const char *page = is_html ? html->str : text->str;
            lo.input = is_html ? IN_HTML : IN_TEXT;
            char label[64];
            snprintf(label, sizeof label, "line %lu", number);
            int s = one_page(&lo, label, page, strlen(page), NULL, info, out, msg);
            if (s > status)
                status = s;
        }
        json_free(j);
    }
    if (ferror(f)) {
        fprintf(stderr, "lede: %s: %s\n", name, strerror(errno));
        status = 2;
    }
    buf_free(&buf);
    return status;
}

int main(int argc, char **argv)
{
    Options o = {{FMT_TEXT, IN_AUTO, NULL, NULL}, 64u << 20, false, false};
    enum { OPT_CHARSET = 256, OPT_MAX_SIZE, OPT_EXPLAIN, OPT_META, OPT_WARC };
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"input", required_argument, NULL, 'i'},
        {"charset", required_argument, NULL, OPT_CHARSET},
        {"max-size", required_argument, NULL, OPT_MAX_SIZE},
        {"explain", no_argument, NULL, OPT_EXPLAIN},
        {"meta", no_argument, NULL, OPT_META},
        {"warc", no_argument, NULL, OPT_WARC},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    int c;
    bool meta = false;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:ji:hV", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (!strcmp(optarg, "text"))
                o.lede.format = FMT_TEXT;
            else if (!strcmp(optarg, "json"))
                o.lede.format = FMT_JSON;
            else
                usage_error("invalid format", optarg);
            break;
        case 'j':
            o.lede.format = FMT_JSON;
            break;
        case 'i':
            if (!strcmp(optarg, "auto"))
                o.lede.input = IN_AUTO;
            else if (!strcmp(optarg, "html"))
                o.lede.input = IN_HTML;
            else if (!strcmp(optarg, "text"))
                o.lede.input = IN_TEXT;
            else if (!strcmp(optarg, "jsonl"))
                o.jsonl = true;
            else
                usage_error("invalid input kind", optarg);
            break;
        case OPT_CHARSET:
            if (!decode_known(optarg))
                fprintf(stderr, "lede: warning: unknown charset '%s'\n", optarg);
            o.lede.charset = optarg;
            break;
        case OPT_MAX_SIZE:
            if (!parse_size(optarg, &o.max_size))
                usage_error("invalid size", optarg);
            break;
        case OPT_WARC:
            o.warc = true;
            break;
        case OPT_META:
            meta = true;
            break;
        case OPT_EXPLAIN:
            o.lede.explain = stderr;
            break;
        case 'h':
            fputs(usage_text, stdout);
            if (fflush(stdout) || ferror(stdout)) {
                fprintf(stderr, "lede: write error: %s\n", strerror(errno));
                return 2;
            }
            return 0;
        case 'V':
            printf("lede %s\n", LEDE_VERSION);
            if (fflush(stdout) || ferror(stdout)) {
                fprintf(stderr, "lede: write error: %s\n", strerror(errno));
                return 2;
            }
            return 0;
        case ':':
            usage_error("option requires an argument --", argv[optind - 1]);
            break;
        default:
            usage_error("unrecognized option", argv[optind - 1]);
        }
    }
    if (o.warc || o.jsonl)
        o.lede.format = FMT_JSON; /* one JSON line a page */
    if (o.warc && o.jsonl)
        usage_error("--warc and --input=jsonl exclude each other", NULL);
    const char *stdin_only[] = {"-"};
    const char **files = (const char **)argv + optind;
    int nfiles = argc - optind;
    if (nfiles == 0) {
        files = stdin_only;
        nfiles = 1;
    }
    int status = 0;
    Buf bytes = {0}, out = {0}, msg = {0};
    OutputInfo info = {.header = nfiles > 1, .first = true, .meta = meta};
    for (int i = 0; i < nfiles; i++) {
        const char *name = files[i];
        bool is_stdin = !strcmp(name, "-");
        FILE *f = is_stdin ? stdin : fopen(name, "rb");
        if (!f) {
            fprintf(stderr, "lede: %s: %s\n", name, strerror(errno));
            status = 2;
            continue;
        }
        int s;
        if (o.warc)
            s = warc_file(&o, name, f, &info, &out, &msg);
        else if (o.jsonl)
            s = jsonl_file(&o, name, f, &info, &out, &msg);
        else
            s = page_file(&o, name, f, &info, &bytes, &out, &msg);
        if (!is_stdin)
            fclose(f);
        if (s > status)
            status = s;
    }
    buf_free(&bytes);
    buf_free(&out);
    buf_free(&msg);
    return status;
}
