/* plain: the raw-text front end.  Page text (UTF-8) in, blocks out. */
#include "plain.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "date.h"
#include "text.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

typedef struct {
    const char *s;
    size_t n;      /* without the line end */
    size_t indent; /* bytes of leading spaces and tabs */
    bool blank;
    bool runs_on;  /* into the next line (see runs_on) */
} Line;

static bool line_ends_sentence(const Line *l)
{
    size_t i = l->n;
    while (i > 0 && (l->s[i - 1] == ' ' || l->s[i - 1] == '\t'))
        i--;
    if (!i)
        return false;
    unsigned char last = (unsigned char)l->s[i - 1];
    if (last < 0x80 && last != '"' && last != ')' && last != '\'') /* the common case */
        return last == '.' || last == '!' || last == '?' || last == ':';
    int32_t c;
    size_t k = utf8_back(l->s, i);
    utf8_decode(l->s, i, i - k, &c);
    if (c == '"' || c == 0x201D || c == ')' || c == '\'') {
        if (i - k == 0)
            return false;
        size_t k2 = utf8_back(l->s, i - k);
        utf8_decode(l->s, i - k, i - k - k2, &c);
    }
    return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x3002 || c == 0x2026;
}

static int32_t first_cp(const Line *l)
{
    int32_t c = 0;
    if (l->indent < l->n)
        utf8_decode(l->s, l->n, l->indent, &c);
    return c;
}

static bool bullet(const Line *l)
{
    int32_t c = first_cp(l);
    if (c == 0x2022 || c == 0x25CF || c == 0x25AA || c == 0xB7)
        return true;
    if ((c == '-' || c == '*' || c == 0x2013 || c == 0x2014) &&
        (l->indent + 1 >= l->n || l->s[l->indent + 1] == ' '))
        return true;
    return false;
}

/* Where a line's cells part: a tab, or two spaces or more that do not
 * follow a sentence's end (prose spaced twice after its full stops is no
 * row).  Returns the length of the separator at s[i], or 0. */
static size_t cell_gap(const char *s, size_t n, size_t i)
{
    size_t j = i;
    bool tab = false;
    while (j < n && (s[j] == ' ' || s[j] == '\t'))
        tab |= s[j++] == '\t';
    if (j == n || (!tab && (j - i < 2 || (i > 0 && strchr(".!?:", s[i - 1])))))
        return 0;
    return j - i;
}

/* Might s[0..n) hold a tab or two spaces in a row?  Most texts hold
 * neither: read sixteen bytes at a time (SSE2), once for the whole text. */
static bool maybe_gap(const char *s, size_t n)
{
    unsigned carry = 0; /* the byte before the block read was a space */
    size_t i = 0;
#ifdef __SSE2__
    const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, sp));
        if ((m & (m >> 1)) | (m & carry) | (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, tab)))
            return true;
        carry = m >> 15;
    }
#endif
    for (; i < n; i++) {
        unsigned now = s[i] == ' ';
        if ((now & carry) || s[i] == '\t')
            return true;
        carry = now;
    }
    return false;
}

/* The cells of a line that is a table's row: two or more, none longer
 * than a cell is (60 bytes); else 0. */
static size_t row_cells(const Line *l)
{
    size_t cells = 1, cell = 0;
    for (size_t i = l->indent; i < l->n; i++) {
        size_t g = l->s[i] == ' ' || l->s[i] == '\t' ? cell_gap(l->s, l->n, i) : 0;
        if (g) {
            cells++;
            cell = 0;
            i += g - 1;
        } else if (++cell > 60) {
            return 0;
        }
    }
    return cells >= 2 ? cells : 0;
}

/* A row of a table as a block: its cells joined by " | ". */
static void emit_row(Page *pg, const Line *l, Buf *acc)
{
    buf_clear(acc);
    for (size_t i = l->indent; i < l->n; i++) {
        size_t g = l->s[i] == ' ' || l->s[i] == '\t' ? cell_gap(l->s, l->n, i) : 0;
        if (g) {
            buf_adds(acc, " | ");
            i += g - 1;
        } else {
            buf_addc(acc, l->s[i]);
        }
    }
    Block *b = page_add_text(pg, acc->p, acc->len);
    if (b) {
        b->kind = KIND_LINE;
        b->flags = F_CELLS;
    }
}

/* A table laid out a cell a line, as text taken from a page's table
 * runs it: its rows of k cells (COLUMN_CELLS to COLUMNS_MAX), each cell a
 * short line, the same two cells or more in each row numbers ("$83",
 * "28.7%", "-2.1%") and the first a name, COLUMN_ROWS rows or more, under
 * a row of headings without numbers if there is one. */
#define COLUMN_CELLS 3
#define COLUMNS_MAX 8
#define COLUMN_ROWS 3
#define CELL_BYTES 48

/* Is line l a number as a table's cell shows it: digits, with signs,
 * separators, a currency, a percent or a unit of three bytes at most
 * after them ("$1,250", "-2.1%", "15,516", "12 km"; not a time or a date
 * that opens with its month)? */
static bool number_cell(const Line *l)
{
    size_t digits = 0, other = 0;
    for (size_t i = l->indent; i < l->n; i++) {
        unsigned char c = (unsigned char)l->s[i];
        if (c >= '0' && c <= '9')
            digits++;
        else if (c == ':' || (!digits && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) ||
                 (c == '(' && i == l->indent))
            return false; /* (a time, a date, "Nov 01, 2012", a name, a count, "(44)") */
        else if (!strchr(" .,%$+-()/", c))
            other++; /* (a currency's sign, a unit after the number) */
    }
    return digits && other <= 3;
}

/* Which of the k lines from i are numbers, as a mask; -1 when one is
 * blank, too long for a cell, or the first is a number. */
static int row_mask(const Line *lines, size_t nl, size_t i, size_t k)
{
    if (i + k > nl)
        return -1;
    int mask = 0;
    for (size_t c = 0; c < k; c++) {
        const Line *l = &lines[i + c];
        if (l->blank || l->n - l->indent > CELL_BYTES)
            return -1;
        if (number_cell(l))
            mask |= 1 << c;
    }
    return mask & 1 ? -1 : mask;
}

/* The rows of cells from line i: k in *k and the number of lines, or 0
 * when no table starts there. */
static size_t column_table(const Line *lines, size_t nl, size_t i, size_t *k)
{
    /* (the fewest cells that make rows: a table of four cells a row also
     * repeats every eight) */
    for (size_t c = COLUMN_CELLS; c <= COLUMNS_MAX; c++) {
        /* (a row of headings, then rows whose numbers stand in the same
         * cells, two or more: not a list of titles with their dates) */
        size_t head = row_mask(lines, nl, i, c) == 0 ? c : 0;
        int mask = row_mask(lines, nl, i + head, c);
        if (mask <= 0 || !(mask & (mask - 1)))
            continue;
        size_t rows = 1;
        while (row_mask(lines, nl, i + head + rows * c, c) == mask)
            rows++;
        if (rows >= COLUMN_ROWS) {
            *k = c;
            return head + rows * c;
        }
    }
    return 0;
}

/* Rows of k cells, lines [from, to), as blocks: cells joined by " | ". */
static void emit_columns(Page *pg, const Line *lines, size_t from, size_t to, size_t k,
                         Buf *acc)
{
    for (size_t r = from; r + k <= to; r += k) {
        buf_clear(acc);
        for (size_t c = 0; c < k; c++) {
            if (c)
                buf_adds(acc, " | ");
            buf_add(acc, lines[r + c].s + lines[r + c].indent, lines[r + c].n - lines[r + c].indent);
        }
        Block *b = page_add_text(pg, acc->p, acc->len);
        if (b) {
            b->kind = KIND_LINE;
            b->flags = F_CELLS;
        }
    }
}

/* Make a block of lines [from, to): one line is cleaned where it stands,
 * several are joined with spaces first. */
static void emit(Page *pg, const Line *lines, size_t from, size_t to, unsigned flags,
                 Buf *acc)
{
    if (from >= to)
        return;
    Block *b;
    if (to - from == 1) {
        b = page_add_text(pg, lines[from].s, lines[from].n);
    } else {
        buf_clear(acc);
        for (size_t i = from; i < to; i++) {
            if (acc->len)
                buf_addc(acc, ' ');
            buf_add(acc, lines[i].s, lines[i].n);
        }
        b = page_add_text(pg, acc->p, acc->len);
    }
    if (!b)
        return;
    b->kind = KIND_LINE;
    b->node = 0;
    b->flags = flags;
}

/* Where the line at s[i] ends: at the first \n, \r or \f, else at n.
 * Eight bytes at a time up to the last eight of the text. */
static size_t line_end(const char *s, size_t n, size_t i)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    for (; i + 8 <= n; i += 8) {
        uint64_t v = text_load64(s + i);
        uint64_t a = v ^ 0x0A * ones, b = v ^ 0x0D * ones, c = v ^ 0x0C * ones;
        uint64_t hit = (((a - ones) & ~a) | ((b - ones) & ~b) | ((c - ones) & ~c)) & high;
        if (hit) /* the lowest byte flagged is a true one */
            return i + (size_t)__builtin_ctzll(hit) / 8;
    }
    while (i < n && s[i] != '\n' && s[i] != '\r' && s[i] != '\f')
        i++;
    return i;
}

/* Is line b a date alone, a line of its own ("1. November 2023")? */
static bool date_alone(const Line *b)
{
    return date_short(b->s + b->indent, b->n - b->indent);
}

/* Does line b open with a number and then two capitalised words, as a
 * list's title does ("35 Superb Examples of Still Life"), not a sentence
 * that goes on ("2012 the company ...")? */
static bool numbered_title(const Line *b)
{
    size_t k = b->indent;
    while (k < b->n && b->s[k] >= '0' && b->s[k] <= '9')
        k++;
    if (k + 1 >= b->n || b->s[k] != ' ')
        return false;
    /* (two capitalised words: "2 Tablespoons fresh thyme" is a recipe's
     * line, which may run on) */
    int32_t c, d = 0;
    utf8_decode(b->s, b->n, k + 1, &c);
    const char *sp = memchr(b->s + k + 1, ' ', b->n - k - 1);
    if (sp && (size_t)(sp - b->s) + 1 < b->n)
        utf8_decode(b->s, b->n, (size_t)(sp - b->s) + 1, &d);
    /* (three words or more: "1 Prise Salz" is a German recipe's line) */
    size_t words = 0;
    for (size_t i = k; i + 1 < b->n; i++)
        words += b->s[i] == ' ' && b->s[i + 1] != ' ';
    return cp_upper(c) && cp_upper(d) && words >= 3;
}

/* Does line a run on into line b: a is long and open, b starts in lower
 * case or with a digit (not a date alone, nor a numbered title)? */
static bool runs_on(const Line *a, bool a_ends, const Line *b)
{
    if (a->blank || b->blank || a->n < 30 || a_ends)
        return false;
    int32_t c = first_cp(b);
    return cp_lower(c) || (cp_digit(c) && !date_alone(b) && !numbered_title(b));
}

/* Outside text wrapped as a whole, line i joins line i - 1 when that one
 * runs on into it and a line next to them runs on as well: a paragraph
 * wrapped over three lines or more. */
static bool local_wrap(const Line *lines, size_t i)
{
    return i > 0 && lines[i - 1].runs_on && ((i > 1 && lines[i - 2].runs_on) || lines[i].runs_on);
}

/* The text's lines; most texts end their lines with \n alone, which the
 * C library finds fastest. */
static Line *split_lines(const char *s, size_t n, size_t *count)
{
    bool nl_only = !memchr(s, '\r', n) && !memchr(s, '\f', n);
    size_t cap = 256, nl = 0;
    Line *lines = xmalloc(cap * sizeof *lines);
    for (size_t i = 0; i <= n;) {
        const char *e = nl_only && i < n ? memchr(s + i, '\n', n - i) : NULL;
        size_t j = !nl_only ? line_end(s, n, i) : e ? (size_t)(e - s) : n;
        if (nl == cap) {
            cap *= 2;
            lines = xrealloc(lines, cap * sizeof *lines);
        }
        Line *l = &lines[nl++];
        l->s = s + i;
        l->n = j - i;
        size_t k = 0;
        while (k < l->n && (l->s[k] == ' ' || l->s[k] == '\t'))
            k++;
        l->indent = k;
        l->blank = k == l->n;
        l->runs_on = false;
        if (j >= n)
            break;
        if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n')
            j++;
        i = j + 1;
    }
    *count = nl;
    return lines;
}

/* "&nbsp" as text, its semicolon kept or lost ("Von&nbspMalek Fouda"): a
 * page's markup left in its text.  Returns a copy of s with each a space,
 * or NULL when s has none. */
static char *unspaced(const char *s, size_t n, size_t *out_n)
{
    const char *p = n >= 5 ? memchr(s, '&', n) : NULL;
    while (p && (size_t)(s + n - p) >= 5 && memcmp(p, "&nbsp", 5) != 0)
        p = memchr(p + 1, '&', (size_t)(s + n - p - 1));
    if (!p || (size_t)(s + n - p) < 5)
        return NULL;
    Buf t = {0};
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '&' && n - i >= 5 && !memcmp(s + i, "&nbsp", 5)) {
            buf_addc(&t, ' ');
            i += 4 + (n - i > 5 && s[i + 5] == ';');
        } else {
            buf_addc(&t, s[i]);
        }
    }
    *out_n = t.len;
    return buf_take(&t);
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* How a text's lines are broken: wrapped as a whole (its lines run on),
 * at a width (a terminal's, an e-mail's) or where its markup was. */
typedef struct {
    bool wrapped, at_width, join_all;
    size_t width;    /* the wrap width */
    size_t top;      /* the first line that is not blank: the title */
    size_t nonblank; /* lines that are not blank */
} Shape;

/* The shape: does a line often run on into the next?  Sets each line's
 * runs_on. */
static Shape text_shape(Line *lines, size_t nl)
{
    size_t nonblank = 0, runon = 0, runon_lower = 0, longest = 0, long_lines = 0, open_long = 0;
    size_t tiny = 0; /* lines of a character or three: text broken at each inline element */
    size_t width = 0; /* the wrap width: the longest line seen to run on */
    size_t top = nl;  /* the first line that is not blank: the title */
    for (size_t i = 0; i < nl; i++) {
        if (lines[i].blank)
            continue;
        if (top == nl)
            top = i;
        nonblank++;
        tiny += lines[i].n - lines[i].indent <= 3;
        if (lines[i].n > longest)
            longest = lines[i].n;
        bool next = i + 1 < nl && !lines[i + 1].blank;
        bool ends = line_ends_sentence(&lines[i]);
        if (lines[i].n >= 40) {
            long_lines++;
            open_long += next && !ends;
        }
        lines[i].runs_on = next && runs_on(&lines[i], ends, &lines[i + 1]);
        if (lines[i].runs_on) {
            runon++;
            runon_lower += cp_lower(first_cp(&lines[i + 1]));
            if (lines[i].n > width)
                width = lines[i].n;
        }
    }
    /* wrapped at a width (a terminal's, an e-mail's): most lines that run
     * on come close to it.  Then a break is the wrap's only where the next
     * word would not have fitted; else (text broken where its markup was)
     * every line runs on */
    size_t near = 0;
    for (size_t i = 0; i < nl && runon >= 3; i++)
        near += lines[i].runs_on && lines[i].n * 4 >= width * 3;
    bool at_width = runon >= 3 && near * 5 >= runon * 4;
    /* (the longest may be a line the wrap let through, a title's or a
     * link's: then the width is the one most lines that run on reach) */
    if (!at_width && runon >= 10) {
        size_t *len = xmalloc(runon * sizeof *len), k = 0;
        for (size_t i = 0; i < nl; i++)
            if (lines[i].runs_on)
                len[k++] = lines[i].n;
        qsort(len, k, sizeof *len, cmp_size);
        size_t w = len[k * 9 / 10];
        free(len);
        near = 0;
        for (size_t i = 0; i < nl; i++)
            near += lines[i].runs_on && lines[i].n * 4 >= w * 3 && lines[i].n <= w;
        if (near * 5 >= runon * 4) {
            at_width = true;
            width = w;
        }
    }
    /* wrapped: lines often run on in lower case, or most long lines stop
     * mid-sentence, none is longer than a terminal's width or so, and
     * some do run on (else the open lines are headings and list items):
     * in lower case, or a good share of them (a page's headlines over
     * "3 min read" or "12 comments" do not make it wrapped text) */
    bool wrapped = (runon > 0 && runon * 5 >= nonblank) ||
                   (long_lines >= 2 && open_long * 2 >= long_lines && longest <= 160 &&
                    (runon >= 2 || tiny * 3 >= nonblank) && runon * 10 >= long_lines &&
                    (runon_lower >= 2 || runon * 4 >= open_long));

    /* (text broken where its markup was joins whole where lines run on
     * often, or most are a character or three, a formula's; else only
     * where a line does run on: a menu of a hundred lines is no
     * paragraph for a line or two that ran on) */
    bool join_all = runon * 10 >= nonblank || tiny * 3 >= nonblank;
    return (Shape){wrapped, at_width, join_all, width, top, nonblank};
}

void plain_read(Page *pg, const char *s, size_t n)
{
    size_t un;
    char *copy = unspaced(s, n, &un);
    if (copy)
        s = copy, n = un;
    size_t nl;
    Line *lines = split_lines(s, n, &nl);
    Shape shape = text_shape(lines, nl);
    bool wrapped = shape.wrapped, at_width = shape.at_width, join_all = shape.join_all;
    size_t width = shape.width, top = shape.top, nonblank = shape.nonblank;
    /* rows of a table: lines of two cells or more, as many on each line as
     * on the one before or after it */
    size_t *cells = xcalloc(nl ? nl : 1, sizeof *cells);
    bool gaps = maybe_gap(s, n);
    for (size_t i = 0; i < nl && gaps; i++)
        cells[i] = lines[i].blank ? 0 : row_cells(&lines[i]);
    page_reserve(pg, pg->n + nonblank); /* a block a line at most */
    Buf acc = {0};
    unsigned flags = 0;
    size_t from = 0; /* the block being built is lines [from, i) */
    bool blank_before = false;
    for (size_t i = 0; i < nl; i++) {
        Line *l = &lines[i];
        if (l->blank) {
            emit(pg, lines, from, i, flags, &acc);
            from = i + 1;
            blank_before = true;
            continue;
        }
        size_t k = 0, span = !wrapped ? column_table(lines, nl, i, &k) : 0;
        if (span) {
            emit(pg, lines, from, i, flags, &acc);
            emit_columns(pg, lines, i, i + span, k, &acc);
            i += span - 1;
            from = i + 1;
            flags = 0;
            blank_before = false;
            continue;
        }
        if (cells[i] && ((i > 0 && cells[i - 1] == cells[i]) || (i + 1 < nl && cells[i + 1] == cells[i]))) {
            emit(pg, lines, from, i, flags, &acc);
            emit_row(pg, l, &acc);
            from = i + 1;
            flags = 0;
            blank_before = false;
            continue;
        }
        /* in wrapped text a line joins the one before when it runs on
         * from it (it starts in lower case), or when its first word would
         * not have fitted on that one (the break was the wrap's); nothing
         * joins the first line, the title */
        bool join = (wrapped || local_wrap(lines, i)) && i > from && l->indent < 2 &&
                    !bullet(l) && from != top;
        if (join && wrapped) {
            int32_t c = first_cp(l);
            const Line *p = &lines[i - 1];
            size_t word = 0;
            while (l->indent + word < l->n && l->s[l->indent + word] != ' ')
                word++;
            join = at_width ? cp_lower(c) || cp_digit(c) || p->n + 1 + word > width
                            : join_all || p->runs_on;
        }
        if (!join) {
            emit(pg, lines, from, i, flags, &acc);
            from = i;
            flags = (blank_before ? F_BLANK : 0) | (bullet(l) ? F_BULLET : 0);
        }
        blank_before = false;
    }
    emit(pg, lines, from, nl, flags, &acc);
    buf_free(&acc);
    free(cells);
    free(lines);
    free(copy); /* (the blocks' text is the page's own copy) */
}
