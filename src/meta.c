/* meta: the page's own metadata, resolved. */
#include "meta.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "date.h"
#include "json.h"
#include "text.h"
#include "words.h"

#define NAMES_MAX 2000 /* bytes of names a byline field collects at most */


char *meta_plain(const char *s)
{
    Buf b = {0};
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        char c = s[i];
        if (c == '<' && i + 1 < n && (s[i + 1] == '/' || s[i + 1] == '!' ||
                                      ((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z'))) {
            const char *e = memchr(s + i, '>', n - i);
            if (e) {
                /* a block tag breaks the text; an inline one does not */
                bool brk = (s[i + 1] | 0x20) == 'p' || (s[i + 1] | 0x20) == 'b' ||
                           (s[i + 1] == '/' && i + 2 < n && (s[i + 2] | 0x20) == 'p');
                buf_adds(&b, brk ? "\n\n" : "");
                i = (size_t)(e - s) + 1;
                continue;
            }
        }
        if (c == '&') {
            const char *semi = memchr(s + i, ';', n - i < 12 ? n - i : 12);
            if (semi) {
                size_t len = (size_t)(semi - s) - i - 1;
                const char *name = s + i + 1;
                int32_t cp = -1;
                if (len > 1 && name[0] == '#') {
                    char *end;
                    long v = (name[1] == 'x' || name[1] == 'X') ? strtol(name + 2, &end, 16)
                                                                : strtol(name + 1, &end, 10);
                    if (end == semi && v > 0 && v <= 0x10FFFF)
                        cp = (int32_t)v;
                } else {
                    /* src/words/html-entities.txt: "NAME HEX" */
                    for (const char *const *e = words_html_entities; *e; e++)
                        if (strcspn(*e, " ") == len && !strncmp(name, *e, len))
                            cp = (int32_t)strtol(*e + len + 1, NULL, 16);
                }
                if (cp > 0) {
                    utf8_encode(&b, cp);
                    i = (size_t)(semi - s) + 1;
                    continue;
                }
            }
        }
        buf_addc(&b, c);
        i++;
    }
    if (!b.p)
        buf_reserve(&b, 0);
    return buf_take(&b);
}

void meta_date(Meta *m, bool modified, int rank, const char *v)
{
    char iso[48];
    if (!v || !date_iso_value(v, iso, sizeof iso))
        return;
    if (modified) {
        if (!m->modified)
            m->modified = xstrndup(v, strlen(v));
        return;
    }
    if (m->published && m->published_rank <= rank)
        return;
    free(m->published);
    m->published = xstrndup(v, strlen(v));
    m->published_rank = rank;
}

void meta_add_name(char **field, const char *name)
{
    /* a few names make a byline; thousands of tags must not cost time
     * that grows with their square */
    if (*field && strlen(*field) > NAMES_MAX)
        return;
    size_t len;
    char *plain = meta_plain(name);
    char *clean = text_clean(plain, strlen(plain), &len);
    free(plain);
    /* (a name has letters: "105092" is a user's number) */
    if (!text_has_letter(clean, len) || len > 200 || (*field && strstr(*field, clean))) {
        free(clean);
        return;
    }
    if (!*field) {
        *field = clean;
        return;
    }
    Buf b = {0};
    buf_adds(&b, *field);
    buf_adds(&b, "; ");
    buf_adds(&b, clean);
    free(clean);
    free(*field);
    *field = buf_take(&b);
}

/* Set *field from a JSON-LD string (entities decoded, tags dropped). */
static void set_from(char **field, const char *v)
{
    if (*field || !v)
        return;
    char *plain = meta_plain(v);
    meta_set(field, plain, strlen(plain));
    free(plain);
}

static bool article_type(const Json *obj)
{
    const Json *t = json_get(obj, "@type");
    const Json *one = t;
    for (size_t k = 0; t && (t->type == JSON_STR || k < t->n); k++) {
        if (t->type == JSON_ARR)
            one = t->items[k];
        const char *s = one && one->type == JSON_STR ? one->str : NULL;
        if (s) {
            size_t l = strlen(s);
            if ((l >= 7 && !strcmp(s + l - 7, "Article")) || strstr(s, "BlogPosting") ||
                !strcmp(s, "Report") || strstr(s, "Posting") || !strcmp(s, "Review"))
                return true;
        }
        if (t->type == JSON_STR)
            break;
    }
    return false;
}

/* What kind of page a type name says: an og:type ("article", "website",
 * "product") or a JSON-LD @type ("NewsArticle", "Product"). */
static PageMarkup markup_of(const char *t)
{
    size_t l = strlen(t);
    if (l >= 64)
        return MARKUP_NONE;
    if (text_is_one_of(t, l, "", words_markup_other_types))
        return MARKUP_OTHER;
    for (const char *const *a = words_markup_article_types; *a; a++) {
        size_t n = strlen(*a);
        if (l >= n && !strcasecmp(t + l - n, *a))
            return MARKUP_ARTICLE;
    }
    return text_is_one_of(t, l, "", words_markup_site_types) ? MARKUP_WEBSITE : MARKUP_NONE;
}

void meta_markup(Meta *m, const char *type)
{
    PageMarkup k = markup_of(type);
    if (k > m->markup)
        m->markup = k;
}

/* The types of a JSON-LD object, as meta_markup reads them. */
static void ld_markup(Meta *m, const Json *obj)
{
    const Json *t = json_get(obj, "@type");
    for (size_t k = 0; t && k < (t->type == JSON_ARR ? t->n : 1); k++) {
        const Json *one = t->type == JSON_ARR ? t->items[k] : t;
        if (one && one->type == JSON_STR)
            meta_markup(m, one->str);
    }
}

/* A web page's type (WebPage, ItemPage, AboutPage...): its datePublished
 * is the page's, a generic date (a comment's or a product's is not). */
static bool page_type(const Json *obj)
{
    const Json *t = json_get(obj, "@type");
    if (t && t->type == JSON_ARR && t->n)
        t = t->items[0];
    const char *s = t && t->type == JSON_STR ? t->str : NULL;
    size_t l = s ? strlen(s) : 0;
    return l >= 4 && !strcmp(s + l - 4, "Page");
}

static void add_author(Meta *m, const char *name)
{
    if (!name || !*name)
        return;
    char *plain = meta_plain(name);
    size_t len;
    char *clean = text_clean(plain, strlen(plain), &len);
    free(plain);
    if (!len || len > 120) {
        free(clean);
        return;
    }
    text_add_unique(&m->authors, &m->n_authors, clean, (size_t)-1);
}

/* A reference ({"@id": "..."} and nothing else to name it) stands for the
 * node of the same document with that @id: Yoast's @graph does this. */
static const Json *find_id(const Json *j, const char *id, int depth)
{
    if (!j || depth > 8)
        return NULL;
    if (j->type == JSON_ARR) {
        for (size_t k = 0; k < j->n; k++) {
            const Json *hit = find_id(j->items[k], id, depth + 1);
            if (hit)
                return hit;
        }
        return NULL;
    }
    if (j->type != JSON_OBJ)
        return NULL;
    const Json *own = json_get(j, "@id");
    if (own && own->type == JSON_STR && !strcmp(own->str, id) && json_get(j, "name"))
        return j;
    return find_id(json_get(j, "@graph"), id, depth + 1);
}

static const Json *deref(const Json *root, const Json *v)
{
    if (!v || v->type != JSON_OBJ || json_get(v, "name"))
        return v;
    const Json *id = json_get(v, "@id");
    if (!id || id->type != JSON_STR)
        return v;
    const Json *hit = find_id(root, id->str, 0);
    return hit ? hit : v;
}

static void read_authors(Meta *m, const Json *root, const Json *a)
{
    if (!a)
        return;
    if (a->type == JSON_ARR) {
        for (size_t k = 0; k < a->n && k < 20; k++)
            read_authors(m, root, a->items[k]);
        return;
    }
    a = deref(root, a);
    /* an organisation as author is a last resort: keep it aside */
    const Json *t = json_get(a, "@type");
    if (t && t->type == JSON_STR && strcmp(t->str, "Person") != 0) {
        meta_add_name(&m->org_author, json_text(a) ? json_text(a) : "");
        return;
    }
    add_author(m, json_text(a));
}

/* An image's URL: a string, an ImageObject's url (or contentUrl), or the
 * first of a list of them. */
static const char *ld_image(const Json *v)
{
    if (v && v->type == JSON_ARR)
        v = v->n ? v->items[0] : NULL;
    if (v && v->type == JSON_OBJ) {
        const Json *u = json_get(v, "url");
        v = u ? u : json_get(v, "contentUrl");
    }
    return v && v->type == JSON_STR ? v->str : NULL;
}

static void read_article(Meta *m, const Json *root, const Json *o)
{
    set_from(&m->image, ld_image(json_get(o, "image")));
    set_from(&m->ld_headline, json_text(json_get(o, "headline")));
    const char *body = json_text(json_get(o, "articleBody"));
    if (body && (!m->ld_body || strlen(body) > strlen(m->ld_body))) {
        free(m->ld_body);
        m->ld_body = NULL;
        /* keep paragraph breaks: meta_set would fold them */
        char *plain = meta_plain(body);
        if (*plain)
            m->ld_body = plain;
        else
            free(plain);
    }
    meta_date(m, false, 0, json_text(json_get(o, "datePublished")));
    /* (else when it was written, trusted as a page's datePublished) */
    meta_date(m, false, 2, json_text(json_get(o, "dateCreated")));
    meta_date(m, true, 1, json_text(json_get(o, "dateModified")));
    set_from(&m->description, json_text(json_get(o, "description")));
    const Json *lang = json_get(o, "inLanguage");
    set_from(&m->lang, json_text(lang));
    const Json *pub = json_get(o, "publisher");
    if (pub && pub->type == JSON_ARR && pub->n)
        pub = pub->items[0];
    set_from(&m->site, json_text(deref(root, pub)));
    if (!m->n_authors)
        read_authors(m, root, json_get(o, "author"));
}

static void walk(Meta *m, const Json *root, const Json *j, int depth)
{
    if (!j || depth > 8)
        return;
    if (j->type == JSON_ARR) {
        for (size_t k = 0; k < j->n; k++)
            walk(m, root, j->items[k], depth + 1);
        return;
    }
    if (j->type != JSON_OBJ)
        return;
    ld_markup(m, j);
    if (article_type(j))
        read_article(m, root, j);
    else if (page_type(j)) {
        meta_date(m, false, 2, json_text(json_get(j, "datePublished")));
        meta_date(m, true, 2, json_text(json_get(j, "dateModified")));
    }
    /* a video's or a photo's upload dates its page where nothing else does */
    meta_date(m, false, 4, json_text(json_get(j, "uploadDate")));
    walk(m, root, json_get(j, "@graph"), depth + 1);
    const Json *main = json_get(j, "mainEntity");
    if (main && main->type != JSON_STR)
        walk(m, root, main, depth + 1);
}

void meta_resolve(Page *pg)
{
    Meta *m = &pg->meta;
    for (size_t i = 0; i < m->n_ld; i++) {
        Json *j = json_parse(m->ld_json[i], strlen(m->ld_json[i]));
        walk(m, j, j, 0);
        json_free(j);
    }
}
