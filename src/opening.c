/* opening: where the article's text starts, and its dateline. */
#include "opening.h"

#include "byline.h"

/* How much of each opening block the dateline search reads. */
#define OPENING_BYTES 600

/* Look for the dateline in blocks [from, to].  On success, fill a's
 * dateline, set *blk to the block where the article's text resumes and
 * *cut to the bytes of it the dateline took, and label the blocks before
 * the dateline (bylines, times) as boilerplate. */
static bool find_opening(Page *pg, size_t from, size_t to, Roles *a, size_t *blk, size_t *cut)
{
    Buf open = {0};
    size_t offs[8], lens[8], nb = 0;
    for (size_t i = from; i <= to && i < pg->n && nb < 8; i++) {
        if (open.len)
            buf_addc(&open, '\n');
        /* a dateline is short: the start of a long block is enough */
        const Block *b = &pg->blocks[i];
        size_t len = b->len;
        if (len > OPENING_BYTES) {
            len = OPENING_BYTES;
            while (len > 0 && ((unsigned char)b->text[len] & 0xC0) == 0x80)
                len--;
        }
        offs[nb] = open.len;
        lens[nb++] = len;
        buf_add(&open, b->text, len);
    }
    Dateline d;
    bool found = open.len && dateline_find(open.p, open.len, &d);
    buf_free(&open);
    if (!found)
        return false;
    size_t k = 0, sk = 0;
    while (k + 1 < nb && offs[k + 1] <= d.body)
        k++;
    while (sk + 1 < nb && offs[sk + 1] <= d.start)
        sk++;
    if (d.body >= offs[nb - 1] + lens[nb - 1]) {
        *blk = from + nb; /* nothing after it in these blocks */
        *cut = 0;
    } else {
        *blk = from + k;
        *cut = d.body - offs[k];
    }
    for (size_t i = from; i < from + sk; i++)
        if (pg->blocks[i].label == LABEL_CONTENT)
            pg->blocks[i].label = LABEL_BOILER;
    a->has_dateline = true;
    a->dateline = d;
    return true;
}

bool opening_place(Page *pg, Roles *a, size_t *start, size_t *cut)
{
    *start = *cut = 0;
    /* the dateline: in the first paragraph, or in up to two short lines
     * before it (a dateline alone on its line, a byline, a time) */
    size_t blk;
    long f = page_first_content(pg);
    bool have_start = false;
    if (f >= 0) {
        size_t from = (size_t)f, to = (size_t)f;
        while (from > 0 && (size_t)f - from < 2 && pg->blocks[from - 1].chars < 200 &&
               pg->blocks[from - 1].label != LABEL_HEADLINE)
            from--;
        if (to + 1 < pg->n && pg->blocks[to + 1].label == LABEL_CONTENT)
            to++;
        bool ok = find_opening(pg, from, to, a, &blk, cut);
        bool strict = true;
        /* before the body, the text must resume in a line that reads as
         * text: "JERUSALEM" over "POST STAFF" is no dateline */
        if (ok && blk < (size_t)f) {
            const Block *b = &pg->blocks[blk];
            if (b->len - *cut < 40 || byline_meta_line(b)) {
                dateline_free(&a->dateline);
                a->has_dateline = ok = false;
            }
        }
        /* raw text: a dateline that opens the page opens the article */
        if (!ok && pg->input == INPUT_TEXT && f > 0 && f <= 8) {
            ok = find_opening(pg, 0, (size_t)(f - 1 < 2 ? f - 1 : 2), a, &blk, cut);
            strict = false;
        }
        if (ok) {
            for (size_t i = blk; i < (size_t)f; i++) {
                Block *b = &pg->blocks[i];
                if (b->label == LABEL_HEADLINE)
                    continue;
                if (!strict || i == blk || (b->chars >= 40 && !byline_meta_line(b)))
                    b->label = LABEL_CONTENT;
            }
            for (size_t i = (size_t)f; i < blk && i < pg->n; i++)
                pg->blocks[i].label = LABEL_BOILER; /* the dateline alone */
            *start = blk;
            have_start = true;
        }
    } else if (pg->n) {
        /* no article: still report a dateline at the page's opening */
        find_opening(pg, 0, pg->n < 3 ? pg->n - 1 : 2, a, &blk, cut);
    }
    return have_start;
}
