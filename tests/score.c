/* score: body F1 of lede's JSON output against a gold body, with the
 * article-extraction-benchmark metric that ../shared/eval/score.py uses:
 * tokens are runs of letters, digits and '_'; the 4-gram shingle multisets
 * of gold and extraction give tp, fp and fn; F1 = 2tp / (2tp + fp + fn).
 * The dateline is put back in front of the first paragraph.
 *
 * usage: score GOLD_FILE < lede.json      prints the F1, e.g. 0.973
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "buf.h"
#include "json.h"
#include "text.h"

static char *slurp(FILE *f, size_t *n)
{
    Buf b = {0};
    char tmp[65536];
    size_t got;
    while ((got = fread(tmp, 1, sizeof tmp, f)) > 0)
        buf_add(&b, tmp, got);
    *n = b.len;
    if (!b.p)
        buf_reserve(&b, 0);
    return buf_take(&b);
}

static bool word_cp(int32_t c)
{
    if (c == '_')
        return true;
    utf8proc_category_t k = utf8proc_category(c);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
           (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO);
}

typedef struct {
    char **tok;
    size_t n;
} Tokens;

static void tokenize(const char *s, Tokens *t)
{
    size_t n = strlen(s), i = 0;
    Buf w = {0};
    while (i <= n) {
        int32_t c = 0;
        size_t k = i < n ? utf8_decode(s, n, i, &c) : 1;
        if (i < n && word_cp(c)) {
            buf_add(&w, s + i, k);
        } else if (w.len) {
            t->tok = xrealloc(t->tok, (t->n + 1) * sizeof *t->tok);
            t->tok[t->n++] = buf_take(&w);
        }
        i += k;
    }
    buf_free(&w);
}

/* The 4-gram shingles as strings joined by \x01, sorted. */
static char **shingles(const Tokens *t, size_t *count)
{
    size_t m = t->n >= 4 ? t->n - 3 : (t->n ? 1 : 0);
    char **sh = xmalloc((m + 1) * sizeof *sh);
    for (size_t i = 0; i < m; i++) {
        Buf b = {0};
        for (size_t k = i; k < i + 4 && k < t->n; k++) {
            buf_adds(&b, t->tok[k]);
            buf_addc(&b, '\x01');
        }
        sh[i] = buf_take(&b);
    }
    *count = m;
    return sh;
}

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: score GOLD_FILE < lede.json\n");
        return 2;
    }
    FILE *g = fopen(argv[1], "rb");
    if (!g) {
        perror(argv[1]);
        return 2;
    }
    size_t gn, pn;
    char *gold = slurp(g, &gn);
    fclose(g);
    char *json = slurp(stdin, &pn);
    Json *all = json_parse(json, pn);
    const Json *doc = all->n ? all->items[0] : NULL;
    Buf body = {0};
    const Json *dl = json_get(json_get(doc, "dateline"), "text");
    if (dl && dl->type == JSON_STR) {
        buf_adds(&body, dl->str);
        buf_addc(&body, ' ');
    }
    const Json *paras = json_get(doc, "paragraphs");
    for (size_t i = 0; paras && paras->type == JSON_ARR && i < paras->n; i++) {
        if (paras->items[i]->type == JSON_STR) {
            buf_adds(&body, paras->items[i]->str);
            buf_adds(&body, "\n\n");
        }
    }
    if (!body.p)
        buf_reserve(&body, 0);
    Tokens tg = {0}, tp = {0};
    tokenize(gold, &tg);
    tokenize(body.p, &tp);
    size_t ng, np;
    char **sg = shingles(&tg, &ng), **sp = shingles(&tp, &np);
    qsort(sg, ng, sizeof *sg, cmp);
    qsort(sp, np, sizeof *sp, cmp);
    size_t i = 0, j = 0, tpos = 0;
    while (i < ng && j < np) {
        int c = strcmp(sg[i], sp[j]);
        if (c == 0) {
            tpos++;
            i++;
            j++;
        } else if (c < 0) {
            i++;
        } else {
            j++;
        }
    }
    size_t fp = np - tpos, fn = ng - tpos;
    double f1 = tpos ? 2.0 * (double)tpos / (double)(2 * tpos + fp + fn) : (ng == np ? 1.0 : 0.0);
    printf("%.3f\n", f1);
    return 0;
}
