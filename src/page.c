/* page: blocks, containers and metadata shared by every stage. */
#include "page.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"

void page_init(Page *pg, LedeInput input)
{
    memset(pg, 0, sizeof *pg);
    pg->input = input;
    page_add_node(pg, -1, 0, 0); /* node 0: the root */
}

int page_add_node(Page *pg, int parent, int tag, int hint)
{
    if (pg->nn == pg->ncap) {
        pg->ncap = pg->ncap ? pg->ncap * 2 : 64;
        pg->nodes = xrealloc(pg->nodes, pg->ncap * sizeof *pg->nodes);
    }
    Node *nd = &pg->nodes[pg->nn];
    memset(nd, 0, sizeof *nd);
    nd->parent = parent;
    nd->depth = parent >= 0 ? pg->nodes[parent].depth + 1 : 0;
    nd->tag = tag;
    nd->hint = hint;
    return (int)pg->nn++;
}

/* The blocks' text lives in chunks freed together: one allocation for
 * many blocks rather than one each. */
struct TextChunk {
    struct TextChunk *next;
    size_t used, cap;
    char data[];
};

#define CHUNK_MIN 65536

char *page_keep(Page *pg, const char *s, size_t n)
{
    struct TextChunk *c = pg->chunks;
    if (!c || c->cap - c->used < n + 1) {
        size_t cap = n + 1 > CHUNK_MIN ? n + 1 : CHUNK_MIN;
        c = xmalloc(sizeof *c + cap + TEXT_PAD);
        memset(c->data + cap, 0, TEXT_PAD);
        c->next = pg->chunks;
        c->used = 0;
        c->cap = cap;
        pg->chunks = c;
    }
    char *t = c->data + c->used;
    memcpy(t, s, n);
    t[n] = '\0';
    c->used += n + 1;
    return t;
}

void page_reserve(Page *pg, size_t n)
{
    if (n > pg->cap) {
        pg->cap = n;
        pg->blocks = xrealloc(pg->blocks, pg->cap * sizeof *pg->blocks);
    }
}

Block *page_add_text(Page *pg, const char *s, size_t n)
{
    size_t chars = text_clean_buf(&pg->scratch, s, n);
    if (!pg->scratch.len)
        return NULL;
    if (pg->n == pg->cap) {
        pg->cap = pg->cap ? pg->cap * 2 : 64;
        pg->blocks = xrealloc(pg->blocks, pg->cap * sizeof *pg->blocks);
    }
    Block *b = &pg->blocks[pg->n++];
    *b = (Block){0};
    b->len = pg->scratch.len;
    if (b->len + 1 > CHUNK_MIN) {
        /* a long text: the scratch buffer becomes a chunk of its own,
         * after the one being filled, without a second copy */
        size_t n = b->len;
        struct TextChunk *c = xrealloc(pg->scratch.p, sizeof *c + n + 1 + TEXT_PAD);
        memmove(c->data, c, n + 1);
        memset(c->data + n + 1, 0, TEXT_PAD);
        c->used = c->cap = n + 1;
        if (pg->chunks) {
            c->next = pg->chunks->next;
            pg->chunks->next = c;
        } else {
            c->next = NULL;
            pg->chunks = c;
        }
        pg->scratch = (Buf){0};
        b->text = c->data;
    } else {
        b->text = page_keep(pg, pg->scratch.p, b->len);
    }
    b->chars = chars;
    return b;
}

void meta_set(char **field, const char *s, size_t n)
{
    if (*field || !s)
        return;
    size_t len;
    char *t = text_clean(s, n, &len);
    if (!len) {
        free(t);
        return;
    }
    *field = t;
}

void page_free(Page *pg)
{
    while (pg->chunks) {
        struct TextChunk *next = pg->chunks->next;
        free(pg->chunks);
        pg->chunks = next;
    }
    buf_free(&pg->scratch);
    free(pg->blocks);
    free(pg->nodes);
    free(pg->links);
    free(pg->images);
    Meta *m = &pg->meta;
    char **fields[] = {&m->title, &m->og_title, &m->twitter_title, &m->ld_headline,
                       &m->md_headline, &m->ld_body, &m->script_html, &m->script_paras, &m->description, &m->site, &m->logo, &m->lang, &m->url, &m->base, &m->image, &m->next,
                       &m->byline, &m->published, &m->modified, &m->time_text, &m->org_author,
                       &m->card_author};
    for (size_t i = 0; i < m->n_authors; i++)
        free(m->authors[i]);
    free(m->authors);
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        free(*fields[i]);
    for (size_t i = 0; i < m->n_ld; i++)
        free(m->ld_json[i]);
    free(m->ld_json);
    memset(pg, 0, sizeof *pg);
}

long page_first_content(const Page *pg)
{
    for (size_t i = 0; i < pg->n; i++)
        if (pg->blocks[i].label == LABEL_CONTENT)
            return (long)i;
    return -1;
}
