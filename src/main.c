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
#include "lede.h"

#ifndef LEDE_VERSION
#define LEDE_VERSION "0.1.0"
#endif

typedef struct {
    LedeOptions lede;
    size_t max_size;
} Options;

static const char usage_text[] =
    "Usage: lede [OPTION]... [FILE]...\n"
    "Extract the article from news pages: headline, dateline and body paragraphs.\n"
    "With no FILE, or when FILE is -, read standard input.  Each FILE is one page.\n"
    "\n"
    "  -f, --format=FORMAT   output FORMAT: text (default) or json\n"
    "  -j                    same as --format=json\n"
    "  -i, --input=KIND      read pages as KIND: auto (default), html or text\n"
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
static int one_page(const Options *o, const char *name, const char *bytes, size_t n,
                    OutputInfo *info, Buf *out, Buf *err)
{
    buf_clear(out);
    int status = lede_page(&o->lede, bytes, n, NULL, info, out, err);
    if (err->len)
        fprintf(stderr, "lede: %s: %s\n", name, err->p);
    if (status < 2) {
        write_all(out);
        info->first = false;
    }
    return status;
}

int main(int argc, char **argv)
{
    Options o = {{FMT_TEXT, IN_AUTO, NULL, NULL}, 64u << 20};
    enum { OPT_CHARSET = 256, OPT_MAX_SIZE, OPT_EXPLAIN, OPT_META };
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"input", required_argument, NULL, 'i'},
        {"charset", required_argument, NULL, OPT_CHARSET},
        {"max-size", required_argument, NULL, OPT_MAX_SIZE},
        {"explain", no_argument, NULL, OPT_EXPLAIN},
        {"meta", no_argument, NULL, OPT_META},
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
        int r = input_read(f, o.max_size, &bytes);
        int err = errno;
        if (!is_stdin)
            fclose(f);
        if (r == INPUT_TOO_BIG) {
            fprintf(stderr, "lede: %s: page larger than the limit of %zu bytes (see --max-size)\n",
                    name, o.max_size);
            status = 2;
            continue;
        }
        if (r == INPUT_ERROR) {
            fprintf(stderr, "lede: %s: %s\n", name, strerror(err));
            status = 2;
            continue;
        }
        info.source = name;
        int s = one_page(&o, name, bytes.p ? bytes.p : "", bytes.len, &info, &out, &msg);
        if (s > status)
            status = s;
    }
    buf_free(&bytes);
    buf_free(&out);
    buf_free(&msg);
    return status;
}
