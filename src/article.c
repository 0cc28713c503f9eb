/* article: the result lede reports for one page. */
#include "article.h"

#include <stdlib.h>
#include <string.h>

#include "body.h"
#include "buf.h"
#include "text.h"
#include "url.h"

/* "en_US" -> "en-US" */
static char *bcp47(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    if (n < 2 || n > 20)
        return NULL;
    char *t = xstrndup(s, n);
    for (size_t i = 0; i < n; i++) {
        if (t[i] == '_')
            t[i] = '-';
        if (!((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z') && t[i] != '-' &&
            !(t[i] >= '0' && t[i] <= '9')) {
            free(t);
            return NULL;
        }
    }
    return t;
}

size_t article_first_link(const Article *a, size_t e)
{
    size_t lo = 0, hi = a->n_links;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->links[mid].entry < e)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const char *article_own(Article *a, char *s)
{
    a->owned = xrealloc(a->owned, (a->n_owned + 1) * sizeof *a->owned);
    a->owned[a->n_owned++] = s;
    return s;
}

/* A page's URL made absolute, or NULL. */
static const char *absolute(Article *a, const char *base, const char *ref)
{
    return ref ? article_own(a, url_resolve(base, ref)) : NULL;
}

/* The next page of this article, not the next story: its URL goes on from
 * this page's (less an extension like ".html", and a fragment) with a
 * number in what it adds ("/story/2", "/story.html?page=2",
 * "/story_2.html"); none when the page's URL is not known. */
static const char *next_page(Article *a, const char *base, const char *url, const char *next)
{
    const char *here = url ? strstr(url, "://") : NULL;
    if (!next || !here)
        return NULL;
    const char *abs = absolute(a, base, next);
    here += 3; /* host, path and query */
    size_t n = strcspn(here, "#"), path = strcspn(here, "?#"), seg = path;
    while (seg && here[seg - 1] != '/')
        seg--;
    const char *dot = seg ? memchr(here + seg, '.', path - seg) : NULL;
    if (dot && n == path)
        n = (size_t)(dot - here);
    while (n && here[n - 1] == '/')
        n--;
    const char *at = strstr(abs, "://");
    if (!at || strncmp(at + 3, here, n) != 0)
        return NULL;
    const char *tail = at + 3 + n;
    size_t tn = strcspn(tail, "#");
    for (size_t i = 0; i < tn; i++)
        if (tail[i] >= '0' && tail[i] <= '9')
            return abs;
    return NULL;
}

void article_build(const Page *pg, const Classification *c, const ArticleWant *want,
                   Article *a)
{
    const Roles *ro = &c->roles;
    const Meta *m = &pg->meta;
    memset(a, 0, sizeof *a);
    a->is_article = c->verdict.article;
    if (want->articles_only && !a->is_article) {
        a->withheld = true; /* (-a: nothing of a page that holds no article) */
        return;
    }
    a->headline = ro->headline;
    a->has_dateline = ro->has_dateline;
    if (ro->has_dateline)
        a->dateline = ro->dateline;
    /* links are made absolute against <base>, else the page's URL: the
     * canonical one (itself made absolute against where the page came
     * from), else where it came from */
    const char *from = want->location && strstr(want->location, "://") ? want->location : NULL;
    const char *url = m->url ? absolute(a, from, m->url) : from;
    const char *base = m->base ? absolute(a, url, m->base) : url;
    a->image = absolute(a, base, m->image);
    a->next_page = next_page(a, base, url, m->next);
    body_build(pg, ro, want, base, a);
    a->byline = ro->byline;
    a->authors = ro->authors;
    a->n_authors = ro->n_authors;
    a->published = ro->published;
    a->modified = ro->modified;
    a->site = m->site;
    a->language = bcp47(m->lang);
    a->url = m->url;
    a->description = m->description;
}

void article_free(Article *a)
{
    free(a->language);
    free(a->paras);
    free(a->blocks);
    free(a->entries);
    free(a->cells);
    free(a->links);
    for (size_t i = 0; i < a->n_owned; i++)
        free(a->owned[i]);
    free(a->owned);
    memset(a, 0, sizeof *a);
}
