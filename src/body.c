/* body: the article's body, and its structure. */
#include "body.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"
#include "url.h"

typedef enum { U_PARA, U_HEADING, U_ITEM, U_QUOTE, U_CELL, U_CODE } UnitKind;

/* One piece of the body's text, and what it is. */
typedef struct {
    UnitKind kind;
    const char *text;
    const char *line; /* code: its text on one line */
    size_t block;   /* the page's block (for links and images) */
    int level;      /* a heading's */
    bool ordered;   /* an item's list */
    bool head;      /* a header cell */
    long group;     /* the list, quote or table it is in */
    long sub;       /* the item or row */
    long cell;      /* the cell */
    size_t entry;   /* the entry of paras its text went into */
    size_t mark;    /* raw text: the bytes of its item's mark */
} Unit;

/* HTML: what the markup makes of block b, reading its containers up to
 * the nearest wall. */
static void form_html(const Page *pg, const Block *b, Unit *u)
{
    if (b->kind == KIND_HEADING) {
        u->kind = U_HEADING;
        u->level = b->heading < 2 ? 2 : b->heading;
        return;
    }
    if (b->kind == KIND_PRE) {
        u->kind = U_CODE;
        u->line = u->text;
        if (b->code && *b->code)
            u->text = b->code;
        return;
    }
    long cell = -1, row = -1;
    bool head = false;
    for (int nd = b->node, up = 0; nd > 0 && up < 12; nd = pg->nodes[nd].parent, up++) {
        const Node *n = &pg->nodes[nd];
        switch (n->form) {
        case NODE_ITEM:
            if (cell >= 0)
                return;
            u->kind = U_ITEM;
            u->sub = nd;
            u->group = n->parent;
            u->ordered = n->parent >= 0 && pg->nodes[n->parent].form == NODE_OLIST;
            return;
        case NODE_QUOTE:
            if (cell >= 0)
                return;
            u->kind = U_QUOTE;
            u->group = nd;
            return;
        case NODE_CELL: case NODE_HEAD_CELL:
            if (cell < 0) {
                cell = nd;
                head = n->form == NODE_HEAD_CELL;
            }
            break;
        case NODE_ROW:
            if (cell < 0)
                return;
            if (row < 0)
                row = nd;
            break;
        case NODE_THEAD:
            head = head || row >= 0;
            break;
        case NODE_TABLE:
            if (row >= 0) {
                u->kind = U_CELL;
                u->group = nd;
                u->sub = row;
                u->cell = cell;
                u->head = head;
            }
            return;
        case NODE_WALL:
            return;
        default:
            break;
        }
    }
}

/* "1. ", "12) ": the length of an ordered item's mark, or 0; *num its
 * number. */
static size_t number_mark(const char *s, int *num)
{
    size_t i = 0;
    *num = 0;
    while (i < 3 && s[i] >= '0' && s[i] <= '9')
        *num = *num * 10 + (s[i++] - '0');
    return i && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ' ? i + 2 : 0;
}

/* The length of a bullet and its space ("• ", "- "), or 0; *dash when
 * it is a dash, which opens a line of dialogue as often as an item. */
static size_t bullet_mark(const char *s, bool *dash)
{
    int32_t c;
    size_t k = utf8_decode(s, strnlen(s, 4), 0, &c);
    *dash = c == '-' || c == 0x2013 || c == 0x2014;
    return s[k] == ' ' ? k + 1 : 0;
}

/* Block j of raw text is in the body and opens with a dash; next: it
 * follows the item before it with no blank line between. */
static bool dash_item(const Page *pg, size_t j, bool next)
{
    if (j >= pg->n || pg->blocks[j].label != LABEL_CONTENT || !(pg->blocks[j].flags & F_BULLET))
        return false;
    bool dash;
    return bullet_mark(pg->blocks[j].text, &dash) && dash && !(next && (pg->blocks[j].flags & F_BLANK));
}

/* Block j of raw text is in the body and numbered num. */
static bool numbered(const Page *pg, size_t j, int num)
{
    int n;
    return j < pg->n && pg->blocks[j].label == LABEL_CONTENT && number_mark(pg->blocks[j].text, &n) &&
           n == num;
}

/* Raw text: a short line in title case or capitals, not a sentence, with
 * a blank line before it and a paragraph of the body after it. */
static bool text_heading(const Page *pg, size_t i)
{
    const Block *b = &pg->blocks[i];
    if (!(b->flags & F_BLANK) || b->ends_sentence || b->words == 0 || b->words > 10 ||
        b->chars > 80 || b->upper_words * 3 < b->words * 2)
        return false;
    return i + 1 < pg->n && pg->blocks[i + 1].label == LABEL_CONTENT &&
           (pg->blocks[i + 1].flags & F_BLANK) && pg->blocks[i + 1].words > b->words;
}

/* Raw text: what block i's line shows. */
static void form_text(const Page *pg, size_t i, Unit *u)
{
    const Block *b = &pg->blocks[i];
    size_t k;
    bool dash;
    int num;
    if (b->flags & F_CELLS) {
        u->kind = U_CELL;
        u->group = -2;
        u->sub = (long)i;
    } else if ((b->flags & F_BULLET) && (k = bullet_mark(u->text, &dash)) && u->text[k] &&
               (!dash || (i > 0 && dash_item(pg, i - 1, false) && !(b->flags & F_BLANK)) ||
                dash_item(pg, i + 1, true))) {
        /* (a dash makes an item only beside another, with no blank line
         * between: a line of dialogue stands alone) */
        u->kind = U_ITEM;
        u->mark = k;
    } else if ((k = number_mark(u->text, &num)) && u->text[k] &&
               ((i > 0 && numbered(pg, i - 1, num - 1)) || numbered(pg, i + 1, num + 1))) {
        /* (a number makes an item beside the next or the one before: "2.
         * Bundesliga" alone is a sentence) */
        u->kind = U_ITEM;
        u->ordered = true;
        u->mark = k;
    } else if (text_heading(pg, i)) {
        u->kind = U_HEADING;
        u->level = 2;
    }
    if (u->kind == U_ITEM)
        u->group = u->ordered ? -3 : -4; /* one list while the marks agree */
}

/* The body's text as units, in order. */
static Unit *units_of(const Page *pg, const Roles *ro, size_t *n)
{
    Unit *u = xmalloc((pg->n ? pg->n : 1) * sizeof *u);
    *n = 0;
    for (size_t i = 0; i < pg->n; i++) {
        const Block *b = &pg->blocks[i];
        if (b->label != LABEL_CONTENT)
            continue;
        size_t off = ro->have_start && i == ro->start ? ro->cut : 0;
        /* from a character's start (the writers count on whole characters) */
        while (off < b->len && (b->text[off] == ' ' || ((unsigned char)b->text[off] & 0xC0) == 0x80))
            off++;
        if (off >= b->len)
            continue;
        Unit *v = &u[(*n)++];
        *v = (Unit){.kind = U_PARA, .text = b->text + off, .block = i, .group = -1, .sub = -1, .cell = -1};
        if (pg->input == INPUT_HTML)
            form_html(pg, b, v);
        else
            form_text(pg, i, v);
        if (off && v->kind == U_CODE)
            v->text = v->line; /* (a dateline was cut off its start) */
    }
    /* an item of several blocks (paragraphs in an <li>: a layout's, or a
     * thread's comments) is paragraphs */
    for (size_t i = 0; i + 1 < *n;) {
        long s = u[i].sub;
        if (u[i].kind == U_ITEM && u[i + 1].kind == U_ITEM && s >= 0 && u[i + 1].sub == s)
            while (i < *n && u[i].kind == U_ITEM && u[i].sub == s)
                u[i++].kind = U_PARA;
        else
            i++;
    }
    return u;
}

/* A run of cells [from, to) of one table is a data table: two rows or
 * more, one of two cells or more, each cell one short block (a cell of
 * paragraphs is a layout's, the text of a page laid out in a table).
 * Else its text is paragraphs. */
static bool data_table(const Unit *u, size_t from, size_t to)
{
    size_t rows = 0, widest = 0, cells = 0;
    bool text = u[from].group == -2;
    for (size_t i = from; i < to; i++) {
        bool new_row = i == from || u[i].sub != u[i - 1].sub || text;
        if (!text && !new_row && u[i].cell == u[i - 1].cell)
            return false;
        if (!text && strlen(u[i].text) > 300)
            return false;
        if (new_row) {
            rows++;
            cells = 0;
        }
        if (++cells > widest)
            widest = cells;
    }
    return rows >= 2 && (widest >= 2 || text);
}

static ArticleBlock *new_block(Article *a, BlockType t)
{
    if (a->n_blocks == a->cap_blocks) {
        a->cap_blocks = a->cap_blocks ? 2 * a->cap_blocks : 16;
        a->blocks = xrealloc(a->blocks, a->cap_blocks * sizeof *a->blocks);
    }
    ArticleBlock *k = &a->blocks[a->n_blocks++];
    memset(k, 0, sizeof *k);
    k->type = t;
    k->first = a->n_paras;
    return k;
}

static void add_entry(Article *a, const char *text)
{
    if (a->n_paras == a->cap_paras) {
        a->cap_paras = a->cap_paras ? 2 * a->cap_paras : 16;
        a->paras = xrealloc(a->paras, a->cap_paras * sizeof *a->paras);
        a->entries = xrealloc(a->entries, a->cap_paras * sizeof *a->entries);
    }
    a->paras[a->n_paras] = text;
    a->entries[a->n_paras] = (ArticleEntry){0, 0, 0, NULL};
    a->n_paras++;
}

static void add_cell(Article *a, const char *text)
{
    if (a->n_cells == a->cap_cells) {
        a->cap_cells = a->cap_cells ? 2 * a->cap_cells : 16;
        a->cells = xrealloc(a->cells, a->cap_cells * sizeof *a->cells);
    }
    a->cells[a->n_cells++] = text;
}

/* The texts of units [from, to) joined by sep: the one text when there is
 * one, else a string the article keeps. */
static const char *joined(Article *a, const Unit *u, size_t from, size_t to, const char *sep)
{
    if (to - from == 1)
        return u[from].text;
    Buf t = {0};
    for (size_t i = from; i < to; i++) {
        if (i > from)
            buf_adds(&t, sep);
        buf_adds(&t, u[i].text);
    }
    return article_own(a, buf_take(&t));
}

/* A table's rows from units [from, to) (u[].entry set): each row an entry,
 * its cells joined by " | " (raw text: the row's text is that already). */
static void add_table(Article *a, Unit *u, size_t from, size_t to)
{
    ArticleBlock *k = new_block(a, BLOCK_TABLE);
    k->header = u[from].group != -2;
    for (size_t r = from; r < to;) {
        size_t e = r + 1;
        while (e < to && u[e].sub == u[r].sub && u[r].group != -2)
            e++;
        size_t first = a->n_cells;
        if (u[r].group == -2) {
            k->header = false;
            for (const char *c = u[r].text;;) {
                const char *bar = strstr(c, " | ");
                add_cell(a, bar ? article_own(a, xstrndup(c, (size_t)(bar - c))) : c);
                if (!bar)
                    break;
                c = bar + 3;
            }
            add_entry(a, u[r].text);
        } else {
            Buf t = {0};
            for (size_t c = r; c < e;) {
                size_t ce = c + 1;
                while (ce < e && u[ce].cell == u[c].cell)
                    ce++;
                add_cell(a, joined(a, u, c, ce, " "));
                if (c > r)
                    buf_adds(&t, " | ");
                buf_adds(&t, a->cells[a->n_cells - 1]);
                if (r == from && !u[c].head)
                    k->header = false;
                c = ce;
            }
            add_entry(a, a->n_cells - first == 1 ? a->cells[first] : article_own(a, buf_take(&t)));
            buf_free(&t);
        }
        a->entries[a->n_paras - 1] = (ArticleEntry){first, a->n_cells - first, 0, NULL};
        for (size_t c = r; c < e; c++)
            u[c].entry = a->n_paras - 1;
        r = e;
    }
    k->n = a->n_paras - k->first;
}

/* Where an image may stand: among the body's blocks, from just after the
 * headline (or the body's first block) to before its last; never in a
 * nav, an aside, a footer or a form. */
static bool image_in_body(const Roles *ro, const PageImage *im, size_t first, size_t last)
{
    if (im->flags & (F_NAV | F_ASIDE | F_FOOTER | F_FORM))
        return false;
    size_t lo = first;
    if (ro->headline_block >= 0 && (size_t)ro->headline_block < first)
        lo = (size_t)ro->headline_block + 1;
    return im->at >= lo && im->at <= last;
}

static void add_image(Article *a, const PageImage *im, const char *base)
{
    ArticleBlock *k = new_block(a, BLOCK_IMAGE);
    k->src = article_own(a, url_resolve(base, im->src));
    k->alt = im->alt;
    k->caption = im->caption;
}

/* Where the links stand: the next of the page's (in block order), and in
 * the entry being filled, where the last one found ended (a link's text
 * is looked for after it, so that many links cost one pass). */
typedef struct {
    size_t next, entry, at;
} LinkCursor;

/* The links of block b into entry e, those whose text it holds. */
static void add_links(const Page *pg, size_t b, size_t e, LinkCursor *c, const char *base,
                      Article *a)
{
    if (c->entry != e)
        c->entry = e, c->at = 0;
    while (c->next < pg->n_links && pg->links[c->next].block < b)
        c->next++;
    for (; c->next < pg->n_links && pg->links[c->next].block == b; c->next++) {
        const PageLink *l = &pg->links[c->next];
        const char *hit = strstr(a->paras[e] + c->at, l->text);
        if (!hit)
            continue; /* (in the dateline, which the entry leaves out) */
        c->at = (size_t)(hit - a->paras[e]) + strlen(l->text);
        if (a->n_links == a->cap_links) {
            a->cap_links = a->cap_links ? 2 * a->cap_links : 16;
            a->links = xrealloc(a->links, a->cap_links * sizeof *a->links);
        }
        a->links[a->n_links++] = (ArticleLink){e, l->text, article_own(a, url_resolve(base, l->href))};
    }
}

/* The blocks and entries of units [0, n), with images among them. */
static void structure(const Page *pg, const Roles *ro, const ArticleWant *want, const char *base,
                      Unit *u, size_t n, Article *a)
{
    size_t next_image = 0;
    LinkCursor links = {0, (size_t)-1, 0};
    size_t first = n ? u[0].block : 0, last = n ? u[n - 1].block : 0;
    for (size_t i = 0; i < n;) {
        for (; next_image < pg->n_images && pg->images[next_image].at <= u[i].block; next_image++)
            if (want->images && image_in_body(ro, &pg->images[next_image], first, last))
                add_image(a, &pg->images[next_image], base);
        size_t e = i + 1; /* the units [i, e) make one block */
        if (u[i].kind == U_CELL || u[i].kind == U_ITEM)
            while (e < n && u[e].kind == u[i].kind && u[e].group == u[i].group)
                e++;
        if (u[i].kind == U_CELL && !data_table(u, i, e)) {
            for (size_t k = i; k < e; k++)
                u[k].kind = U_PARA;
            e = i + 1;
        }
        switch (u[i].kind) {
        case U_CELL:
            add_table(a, u, i, e);
            break;
        case U_ITEM: {
            ArticleBlock *k = new_block(a, BLOCK_LIST);
            k->ordered = u[i].ordered;
            for (size_t s = i; s < e; s++) {
                add_entry(a, u[s].text);
                a->entries[a->n_paras - 1].mark = u[s].mark;
                u[s].entry = a->n_paras - 1;
            }
            k->n = a->n_paras - k->first;
            break;
        }
        default: {
            static const BlockType types[] = {
                [U_PARA] = BLOCK_PARAGRAPH, [U_HEADING] = BLOCK_HEADING,
                [U_QUOTE] = BLOCK_QUOTE, [U_CODE] = BLOCK_CODE};
            ArticleBlock *k = new_block(a, types[u[i].kind]);
            k->level = u[i].level;
            add_entry(a, u[i].text);
            a->entries[a->n_paras - 1].line = u[i].line;
            u[i].entry = a->n_paras - 1;
            k->n = 1;
        }
        }
        /* the links of each block, in the entry that holds its text (code
         * is text as it stands: it has none) */
        for (size_t k = i; k < e && want->links && u[i].kind != U_CODE; k++)
            add_links(pg, u[k].block, u[k].entry, &links, base, a);
        i = e;
    }
}

/* The lead image when the page declares none: the first image in a figure
 * among the body's blocks, or in the figure that holds the headline. */
static void lead_image(const Page *pg, const Roles *ro, const Unit *u, size_t n,
                       const char *base, Article *a)
{
    for (size_t k = 0; k < pg->n_images && n && !a->image; k++)
        if (pg->images[k].in_figure &&
            ((pg->images[k].flags & F_FRAME) ||
             image_in_body(ro, &pg->images[k], u[0].block, u[n - 1].block)))
            a->image = article_own(a, url_resolve(base, pg->images[k].src));
}

void body_build(const Page *pg, const Roles *ro, const ArticleWant *want, const char *base,
                Article *a)
{
    if (ro->n_alt) {
        for (size_t i = 0; i < ro->n_alt; i++) {
            ArticleBlock *k = new_block(a, BLOCK_PARAGRAPH);
            add_entry(a, ro->alt[i]);
            k->n = 1;
        }
        return;
    }
    size_t n;
    Unit *u = units_of(pg, ro, &n);
    structure(pg, ro, want, base, u, n, a);
    lead_image(pg, ro, u, n, base, a);
    free(u);
}
