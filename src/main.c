/* main: the command line.
 *
 * Owns: the options, the loop over FILEs (or standard input), each FILE's
 * pages (from source) through the pipeline (lede_page), each page's output
 * in one write, and the exit status: 0 every page gave an article, 1 some
 * page gave none, 2 an error happened (which wins).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "input.h"
#include "decode.h"
#include "lede.h"
#include "source.h"

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
    "  -f, --format=FORMAT   output FORMAT: text (default), json or markdown\n"
    "  -j                    same as --format=json\n"
    "  -m                    same as --format=markdown\n"
    "  -i, --input=KIND      read pages as KIND: auto (default), html or text;\n"
    "                        jsonl: each line a JSON object with \"html\" or\n"
    "                        \"text\", and \"url\" or \"id\" (JSON out, a line each)\n"
    "      --warc            FILEs are WARC files (plain or gzipped): one JSON\n"
    "                        line for each response or conversion record\n"
    "      --charset=NAME    decode input as NAME, whatever the page declares\n"
    "      --max-size=SIZE   refuse pages larger than SIZE bytes (default 64M;\n"
    "                        suffixes K, M, G)\n"
    "      --meta            text output: add the known metadata as \"Key: value\"\n"
    "                        lines between the headline and the body (Markdown:\n"
    "                        a YAML front matter)\n"
    "      --links           keep the links inside the body (JSON, Markdown)\n"
    "      --images          keep the images inside the body (JSON, Markdown)\n"
    "  -a, --articles-only   give nothing of a page that holds no article (JSON:\n"
    "                        its line, with \"article\": false)\n"
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

/* The index of arg among names (in the order of their enum), or a usage error. */
static int choice(const char *arg, const char *const *names, const char *what)
{
    for (int i = 0; names[i]; i++)
        if (!strcmp(arg, names[i]))
            return i;
    usage_error(what, arg);
    return 0;
}

/* --help, --version: s on stdout; 2 when it could not be written. */
static int print_out(const char *s)
{
    fputs(s, stdout);
    if (fflush(stdout) || ferror(stdout)) {
        fprintf(stderr, "lede: write error: %s\n", strerror(errno));
        return 2;
    }
    return 0;
}

static void write_all(const Buf *b)
{
    if (buf_write(b, STDOUT_FILENO)) {
        fprintf(stderr, "lede: write error: %s\n", strerror(errno));
        exit(2);
    }
}

/* Run the pipeline on one page and write its output; returns 0, 1 or 2. */
static int one_page(const LedeOptions *lo, const SourcePage *sp, OutputInfo *info, Buf *out,
                    Buf *msg)
{
    buf_clear(out);
    int status = lede_page(lo, sp->bytes, sp->len, sp->charset, info, out, msg);
    if (msg->len)
        fprintf(stderr, "lede: %s: %s\n", sp->label, msg->p);
    if (status < 2 && out->len) {
        write_all(out);
        info->first = false;
    }
    return status;
}

/* Every page of one FILE; returns the worst status. */
static int run_file(const Options *o, const char *name, FILE *f, OutputInfo *info, Buf *out,
                    Buf *msg)
{
    SourceKind kind = o->warc ? SOURCE_WARC : o->jsonl ? SOURCE_JSONL : SOURCE_PAGE;
    Source *src = source_open(f, name, kind, o->lede.input, o->max_size);
    LedeOptions lo = o->lede;
    SourcePage sp;
    int status = 0;
    while (source_next(src, &sp)) {
        if (sp.messages) {
            fputs(sp.messages, stderr);
            status = 2;
        }
        info->source = sp.source;
        info->warc_id = sp.warc_id;
        info->warc_date = sp.warc_date;
        if (sp.error) {
            /* still one line out, so that output lines match input lines */
            info->input = sp.input;
            buf_clear(out);
            output_json_error(out, info, sp.error);
            write_all(out);
        }
        if (sp.bytes) {
            lo.input = sp.input;
            int s = one_page(&lo, &sp, info, out, msg);
            if (s > status)
                status = s;
        }
    }
    const char *summary = source_summary(src);
    if (o->lede.explain && summary)
        fputs(summary, stderr);
    info->warc_id = info->warc_date = NULL;
    source_close(src);
    return status;
}

int main(int argc, char **argv)
{
    Options o = {.lede = {.format = FORMAT_TEXT, .input = INPUT_AUTO}, .max_size = 64u << 20};
    enum { OPT_CHARSET = 256, OPT_MAX_SIZE };
    int explain = 0, meta = 0, warc = 0, links = 0, images = 0, only = 0; /* flags getopt sets */
    const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"input", required_argument, NULL, 'i'},
        {"charset", required_argument, NULL, OPT_CHARSET},
        {"max-size", required_argument, NULL, OPT_MAX_SIZE},
        {"explain", no_argument, &explain, 1},
        {"meta", no_argument, &meta, 1},
        {"warc", no_argument, &warc, 1},
        {"links", no_argument, &links, 1},
        {"images", no_argument, &images, 1},
        {"articles-only", no_argument, NULL, 'a'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    static const char *const formats[] = {"text", "json", "markdown", NULL};
    static const char *const inputs[] = {"auto", "html", "text", "jsonl", NULL};
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:jmai:hV", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            o.lede.format = (LedeFormat)choice(optarg, formats, "invalid format");
            break;
        case 'j': case 'm':
            o.lede.format = c == 'j' ? FORMAT_JSON : FORMAT_MARKDOWN;
            break;
        case 'i': /* auto, html, text; or jsonl, a source of pages */
            c = choice(optarg, inputs, "invalid input kind");
            o.jsonl = c == 3;
            o.lede.input = c == 3 ? INPUT_AUTO : (LedeInput)c;
            break;
        case OPT_CHARSET:
            if (!decode_known(optarg))
                fprintf(stderr, "lede: warning: unknown charset '%s'\n", optarg);
            o.lede.charset = optarg;
            break;
        case OPT_MAX_SIZE:
            if (!input_parse_size(optarg, &o.max_size))
                usage_error("invalid size", optarg);
            break;
        case 'a':
            only = 1;
            break;
        case 0: /* a flag, set by getopt_long */
            break;
        case 'h':
            return print_out(usage_text);
        case 'V':
            return print_out("lede " LEDE_VERSION "\n");
        case ':':
            usage_error("option requires an argument --", argv[optind - 1]);
            break;
        default:
            usage_error("unrecognized option", argv[optind - 1]);
        }
    }
    o.warc = warc;
    o.lede.links = links;
    o.lede.images = images;
    o.lede.articles_only = only;
    o.lede.explain = explain ? stderr : NULL;
    if (o.warc || o.jsonl)
        o.lede.format = FORMAT_JSON; /* one JSON line a page */
    if (o.warc && o.jsonl)
        usage_error("--warc and --input=jsonl exclude each other", NULL);
    static const char *const stdin_only[] = {"-"};
    int nfiles = argc > optind ? argc - optind : 1;
    const char *const *files = argc > optind ? (const char *const *)argv + optind : stdin_only;
    int status = 0;
    Buf out = {0}, msg = {0};
    OutputInfo info = {.header = nfiles > 1, .first = true, .meta = meta};
    for (int i = 0; i < nfiles; i++) {
        const char *name = files[i];
        FILE *f = source_fopen(name);
        if (!f) {
            status = 2;
            continue;
        }
        int s = run_file(&o, name, f, &info, &out, &msg);
        if (f != stdin)
            fclose(f);
        if (s > status)
            status = s;
    }
    buf_free(&out);
    buf_free(&msg);
    return status;
}
