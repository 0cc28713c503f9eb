/* markdown: the Markdown writer (--format=markdown, -m).
 *
 * Owns: CommonMark with GFM tables: a YAML front matter of the metadata
 * with --meta, "# headline", then the body's blocks (## subheads, - and 1.
 * lists, > quotes, pipe tables, fenced code, images), the dateline in place
 * at the start of the first paragraph, links as [text](url) with --links;
 * and the escaping that keeps text text: a paragraph that starts with "1."
 * or "#" stays a paragraph, "*", "_", "<" and "&" stay characters.
 */
#include <string.h>

#include "output.h"

/* Text, escaped.  start: it opens a line (where "#", "-", "+", ">" and "1."
 * would open a block); table: escape every "#" (a heading's closing
 * hashes) and "|" (a table's cells) too. */
static void md_text(Buf *out, const char *s, size_t n, bool start, bool table)
{
    if (start && n) {
        if (strchr("#+-=", s[0])) {
            buf_addc(out, '\\');
        } else {
            size_t d = 0;
            while (d < n && d < 9 && s[d] >= '0' && s[d] <= '9')
                d++;
            if (d && d < n && (s[d] == '.' || s[d] == ')')) {
                buf_add(out, s, d);
                buf_addc(out, '\\');
                s += d;
                n -= d;
            }
        }
    }
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (strchr("\\`*_[]<>&~", c) || (table && (c == '|' || c == '#'))) {
            buf_add(out, s + i - run, run);
            run = 0;
            buf_addc(out, '\\');
        }
        run++;
    }
    buf_add(out, s + n - run, run);
}

/* A link's address, as <...> (which may hold spaces and parentheses):
 * "<", ">" and "\\" escaped, "&" as "&amp;" (a reader decodes entities
 * there, escaped or not); in a table, "|" escaped too. */
static void destination(Buf *out, const char *url, bool table)
{
    buf_addc(out, '<');
    for (const char *p = url; *p; p++) {
        if (*p == '&') {
            buf_adds(out, "&amp;");
            continue;
        }
        if (strchr("<>\\", *p) || (table && *p == '|'))
            buf_addc(out, '\\');
        if ((unsigned char)*p >= 0x20)
            buf_addc(out, *p);
    }
    buf_addc(out, '>');
}

/* An entry's text, its links written [text](url) (with --links). */
static void md_entry(Buf *out, const Article *a, size_t e, const char *s, bool start, bool table)
{
    size_t n = strlen(s), at = 0;
    for (size_t i = article_first_link(a, e); i < a->n_links && a->links[i].entry == e; i++) {
        const ArticleLink *l = &a->links[i];
        const char *hit = strstr(s + at, l->text);
        if (!hit)
            continue;
        size_t h = (size_t)(hit - s), ln = strlen(l->text);
        md_text(out, s + at, h - at, start && at == 0, table);
        buf_addc(out, '[');
        md_text(out, hit, ln, false, table);
        buf_adds(out, "](");
        destination(out, l->href, table);
        buf_addc(out, ')');
        at = h + ln;
    }
    md_text(out, s + at, n - at, start && at == 0, table);
}

/* A fence longer than any run of backticks in the code. */
static void fence(Buf *out, const char *code)
{
    size_t longest = 0, run = 0;
    for (const char *p = code; *p; p++) {
        run = *p == '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    for (size_t i = 0; i < (longest < 3 ? 3 : longest + 1); i++)
        buf_addc(out, '`');
    buf_addc(out, '\n');
}

static void md_table(Buf *out, const Article *a, const ArticleBlock *k)
{
    size_t cols = 1;
    for (size_t r = 0; r < k->n; r++)
        if (a->entries[k->first + r].n > cols)
            cols = a->entries[k->first + r].n;
    /* GFM takes the first row as the header: without one, an empty one */
    if (!k->header) {
        for (size_t c = 0; c < cols; c++)
            buf_adds(out, "|  ");
        buf_adds(out, "|\n");
        for (size_t c = 0; c <= cols; c++)
            buf_adds(out, c < cols ? "| --- " : "|\n");
    }
    for (size_t r = 0; r < k->n; r++) {
        const ArticleEntry *row = &a->entries[k->first + r];
        for (size_t c = 0; c < cols; c++) {
            buf_adds(out, "| ");
            if (c < row->n)
                md_entry(out, a, k->first + r, a->cells[row->first + c], false, true);
            buf_addc(out, ' ');
        }
        buf_adds(out, "|\n");
        if (r == 0 && k->header)
            for (size_t c = 0; c <= cols; c++)
                buf_adds(out, c < cols ? "| --- " : "|\n");
    }
}

typedef struct {
    bool first_para; /* the dateline still to write */
    bool alt;        /* the last list had the other marks */
    const ArticleBlock *prev;
} MdState;

static void md_block(Buf *out, const Article *a, const ArticleBlock *k, MdState *st)
{
    switch (k->type) {
    case BLOCK_HEADING:
        for (int i = 0; i < (k->level < 2 ? 2 : k->level); i++)
            buf_addc(out, '#');
        buf_addc(out, ' ');
        md_entry(out, a, k->first, a->paras[k->first], false, true);
        buf_addc(out, '\n');
        break;
    case BLOCK_LIST:
        /* a list right after one of its kind takes the other marks ("*"
         * for "-", ")" for "."): else Markdown reads the two as one */
        st->alt = st->prev && st->prev->type == BLOCK_LIST && st->prev->ordered == k->ordered && !st->alt;
        for (size_t i = 0; i < k->n; i++) {
            if (k->ordered) {
                char num[24];
                size_t l = 0, v = i + 1;
                do num[l++] = (char)('0' + v % 10); while ((v /= 10));
                while (l)
                    buf_addc(out, num[--l]);
                buf_adds(out, st->alt ? ") " : ". ");
            } else {
                buf_adds(out, st->alt ? "* " : "- ");
            }
            size_t e = k->first + i;
            md_entry(out, a, e, a->paras[e] + a->entries[e].mark, true, false);
            buf_addc(out, '\n');
        }
        break;
    case BLOCK_QUOTE:
        buf_adds(out, "> ");
        md_entry(out, a, k->first, a->paras[k->first], true, false);
        buf_addc(out, '\n');
        break;
    case BLOCK_TABLE:
        md_table(out, a, k);
        break;
    case BLOCK_CODE:
        fence(out, a->paras[k->first]);
        buf_adds(out, a->paras[k->first]);
        buf_addc(out, '\n');
        fence(out, a->paras[k->first]);
        break;
    case BLOCK_IMAGE:
        buf_adds(out, "![");
        md_text(out, k->alt ? k->alt : "", k->alt ? strlen(k->alt) : 0, false, false);
        buf_adds(out, "](");
        destination(out, k->src, false);
        if (k->caption) {
            buf_adds(out, " \"");
            for (const char *p = k->caption; *p; p++) {
                if (*p == '"' || *p == '\\')
                    buf_addc(out, '\\');
                buf_addc(out, *p);
            }
            buf_addc(out, '"');
        }
        buf_adds(out, ")\n");
        break;
    default:
        if (st->first_para && a->has_dateline) {
            md_text(out, a->dateline.text, strlen(a->dateline.text), true, false);
            buf_addc(out, ' ');
            md_entry(out, a, k->first, a->paras[k->first], false, false);
        } else {
            md_entry(out, a, k->first, a->paras[k->first], true, false);
        }
        buf_addc(out, '\n');
        st->first_para = false;
    }
    st->prev = k;
}

static void yaml(Buf *out, const char *key, const char *value)
{
    buf_adds(out, key);
    buf_adds(out, ": ");
    json_string(out, value);
    buf_addc(out, '\n');
}

/* --meta: the metadata as YAML front matter, each value a JSON string
 * (which YAML reads as it is). */
static void front_matter(Buf *out, const Article *a)
{
    buf_adds(out, "---\n");
    if (a->headline)
        yaml(out, "headline", a->headline);
    if (a->byline)
        yaml(out, "byline", a->byline);
    if (a->n_authors) {
        buf_adds(out, "authors: [");
        for (size_t k = 0; k < a->n_authors; k++) {
            if (k)
                buf_adds(out, ", ");
            json_string(out, a->authors[k]);
        }
        buf_adds(out, "]\n");
    }
    OutputField f[OUTPUT_FIELDS];
    output_fields(a, f);
    for (size_t i = 0; i < OUTPUT_FIELDS; i++)
        if (f[i].value)
            yaml(out, f[i].key, f[i].value);
    buf_adds(out, "---\n\n");
}

void output_markdown(Buf *out, const Article *a, const OutputInfo *info)
{
    if (a->withheld)
        return;
    if (info->header) {
        if (!info->first)
            buf_addc(out, '\n');
        /* an HTML comment, which a Markdown reader does not show */
        buf_adds(out, "<!-- ");
        output_name(out, info->source);
        buf_adds(out, " -->\n\n");
    }
    if (info->meta)
        front_matter(out, a);
    if (a->headline) {
        buf_adds(out, "# ");
        md_text(out, a->headline, strlen(a->headline), false, true);
        buf_addc(out, '\n');
    }
    MdState st = {true, false, NULL};
    for (size_t i = 0; i < a->n_blocks; i++) {
        if (i || a->headline)
            buf_addc(out, '\n');
        md_block(out, a, &a->blocks[i], &st);
    }
}
