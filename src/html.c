/* html: the HTML front end.  Page text (UTF-8) in, blocks and metadata out. */
#include "html.h"
#include "words.h"

#include <gumbo.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "date.h"
#include "json.h"
#include "meta.h"
#include "text.h"
#include "url.h"

/* ---- the pre-pass ------------------------------------------------------ */

static bool name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == ':' || c == '_';
}

static bool name_is(const char *s, size_t n, const char *name)
{
    return strlen(name) == n && strncasecmp(s, name, n) == 0;
}

static bool name_in(const char *s, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (name_is(s, n, *list))
            return true;
    return false;
}

/* src/words/html-dropped-tags.txt: elements whose content is dropped whole
 * (MathML is not: a formula's symbols are text of the sentence that holds
 * them); html-flat-tags.txt: elements that never nest or close themselves,
 * not counted for depth. */

static const char *find_ci(const char *s, const char *end, const char *needle)
{
    size_t k = strlen(needle);
    char first = needle[0];
    for (; s + k <= end; s++) {
        if ((*s | 0x20) == first && strncasecmp(s, needle, k) == 0)
            return s;
    }
    return NULL;
}

/* End of the tag that starts at s ('<'): the byte after its '>'. */
static const char *tag_end(const char *s, const char *end)
{
    char quote = 0;
    for (const char *p = s + 1; p < end; p++) {
        if (quote) {
            if (*p == quote)
                quote = 0;
        } else if (*p == '"' || *p == '\'') {
            /* a quote only opens an attribute value after '=' */
            const char *q = p - 1;
            while (q > s && (*q == ' ' || *q == '\t' || *q == '\n'))
                q--;
            if (*q == '=')
                quote = *p;
        } else if (*p == '>') {
            return p + 1;
        } else if (*p == '<' && p + 1 < end && (p[1] == '/' || p[1] == '!')) {
            return p; /* broken tag: stop before the next one */
        }
    }
    return end;
}

static void keep_ld_json(Meta *m, const char *s, size_t n)
{
    m->ld_json = xrealloc(m->ld_json, (m->n_ld + 1) * sizeof *m->ld_json);
    m->ld_json[m->n_ld++] = xstrndup(s, n);
}

/* ---- HTML in script data ------------------------------------------------
 * Pages that render their text with scripts (React, Next.js) often carry
 * the article as HTML in a JSON string of a script ("contentHtml":
 * "\u003cp\u003e..."), sometimes inside a JSON string itself.  The longest
 * such string with paragraphs is kept; its paragraphs become the body when
 * the markup has much less (see article.c and html_paragraphs). */

/* needle in [s, end), byte for byte */
static const char *find_bytes(const char *s, const char *end, const char *needle)
{
    size_t k = strlen(needle);
    for (; s + k <= end && (s = memchr(s, needle[0], (size_t)(end - s) - k + 1)); s++)
        if (!memcmp(s, needle, k))
            return s;
    return NULL;
}

static bool escaped(const char *s, const char *q)
{
    size_t k = 0;
    while (q > s && q[-1] == '\\')
        q--, k++;
    return k % 2;
}

static size_t count_ci(const char *s, const char *end, const char *needle)
{
    size_t k = 0;
    for (const char *p = find_ci(s, end, needle); p; p = find_ci(p + 1, end, needle))
        k++;
    return k;
}

static void script_html(const char *s, size_t n, Buf *best, int level)
{
    const char *end = s + n, *from = s;
    for (const char *p; (p = find_bytes(from, end, "\\u003cp")) != NULL;) {
        /* the string literal around p */
        const char *a = p;
        while (a > from && !(a[-1] == '"' && !escaped(s, a - 1)))
            a--;
        const char *z = p;
        while (z < end && !(*z == '"' && !escaped(s, z)))
            z++;
        if (z >= end) /* unclosed: no later one closes either */
            break;
        if (a == from) {
            from = p + 1;
            continue;
        }
        /* decoded as the one item of a JSON array */
        Buf lit = {0};
        buf_addc(&lit, '[');
        buf_add(&lit, a - 1, (size_t)(z - a) + 2);
        buf_addc(&lit, ']');
        Json *j = json_parse(lit.p, lit.len);
        buf_free(&lit);
        const Json *arr = j && j->n ? j->items[0] : NULL;
        const Json *v = arr && arr->type == JSON_ARR && arr->n ? arr->items[0] : NULL;
        if (v && v->type == JSON_STR) {
            size_t len = strlen(v->str);
            if (level < 2 && !find_ci(v->str, v->str + len, "<p") &&
                find_bytes(v->str, v->str + len, "\\u003cp"))
                script_html(v->str, len, best, level + 1); /* JSON in a string */
            else if (len > best->len && count_ci(v->str, v->str + len, "<p") >= 2) {
                buf_clear(best);
                buf_add(best, v->str, len);
            }
        }
        json_free(j);
        from = z + 1;
    }
}

static void node_text(const GumboNode *nd, Buf *out, size_t cap, int depth);

static int hint_of(const char *cls);
static const char *attr(const GumboElement *el, const char *name);

/* The paragraphs of an HTML fragment, one a line: the text of each <p>,
 * but for those in a figure or a box whose class says boilerplate (a
 * caption, an ad). */
static void paragraphs_of(const GumboNode *nd, Buf *out, int depth)
{
    if (nd->type != GUMBO_NODE_ELEMENT || depth > HTML_MAX_DEPTH)
        return;
    GumboTag tag = nd->v.element.tag;
    const char *cls = attr(&nd->v.element, "class");
    if (tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_FIGCAPTION || (cls && hint_of(cls) < 0))
        return;
    if (tag == GUMBO_TAG_P) {
        Buf t = {0};
        node_text(nd, &t, 1 << 16, 0);
        char *c = text_clean(t.p ? t.p : "", t.len, NULL);
        if (*c) {
            buf_adds(out, c);
            buf_addc(out, '\n');
        }
        free(c);
        buf_free(&t);
        return;
    }
    const GumboVector *k = &nd->v.element.children;
    for (unsigned i = 0; i < k->length; i++)
        paragraphs_of(k->data[i], out, depth + 1);
}

static void prepass(const char *s, size_t n, Buf *out, Meta *meta, Buf *script);

/* The paragraphs of an HTML fragment (a script's HTML), one a line, but
 * for those in figures and boilerplate boxes; NULL when it has none.  The
 * fragment gets the same pre-pass as a page. */
static char *html_paragraphs(const char *s, size_t n)
{
    /* the same care as for the page: nesting capped before parsing */
    Buf clean = {0};
    prepass(s, n, &clean, NULL, NULL);
    GumboOptions opts = kGumboDefaultOptions;
    opts.max_errors = 0;
    GumboOutput *out = gumbo_parse_with_options(&opts, clean.p ? clean.p : "", clean.len);
    Buf text = {0};
    paragraphs_of(out->root, &text, 0);
    gumbo_destroy_output(&opts, out);
    buf_free(&clean);
    return text.len ? buf_take(&text) : NULL;
}

/* Copy s to out without what needs no tree, with nesting capped; the HTML
 * a script's data holds goes to script (unless meta is NULL: then scripts
 * are only words_html_dropped_tags). */
/* Is the raw-text element k (src/words/html-raw-text-tags.txt: title,
 * textarea, xmp) that opens before at closed later?  close[k] keeps the last
 * answer (a close tag's place, or end when there is none), so that a page of
 * many such tags is searched once, not once a tag. */
static bool raw_closed(const char *at, const char *end, int k, const char **close)
{
    if (!close[k] || (close[k] < at && close[k] != end)) {
        char tag[24] = "</";
        strncat(tag, words_html_raw_text_tags[k], sizeof tag - 3);
        close[k] = find_ci(at, end, tag);
    }
    if (!close[k])
        close[k] = end;
    return close[k] != end;
}

/* The index of the raw-text element named nm[0..n), or -1. */
static int raw_text_tag(const char *nm, size_t n)
{
    for (int k = 0; k < WORDS_HTML_RAW_TEXT_TAGS_N; k++)
        if (name_is(nm, n, words_html_raw_text_tags[k]))
            return k;
    return -1;
}

static void prepass(const char *s, size_t n, Buf *out, Meta *meta, Buf *script)
{
    const char *p = s, *end = s + n;
    long depth = 0, dropped_opens = 0;
    const char *raw_close[WORDS_HTML_RAW_TEXT_TAGS_N] = {NULL};
    buf_reserve(out, n / 2);
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt) {
            buf_add(out, p, (size_t)(end - p));
            break;
        }
        buf_add(out, p, (size_t)(lt - p));
        p = lt;
        if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
            const char *close = find_ci(p + 4, end, "-->");
            p = close ? close + 3 : end;
            continue;
        }
        if (p + 1 >= end) {
            buf_add(out, p, 1);
            p++;
            continue;
        }
        bool closing = p[1] == '/';
        const char *nm = p + 1 + closing, *ne = nm;
        if (nm >= end || !((*nm | 0x20) >= 'a' && (*nm | 0x20) <= 'z')) {
            if (p[1] == '!' || p[1] == '?') { /* doctype, processing instruction */
                const char *e = tag_end(p, end);
                buf_add(out, p, (size_t)(e - p));
                p = e;
            } else {
                buf_add(out, "&lt;", 4);
                p++;
            }
            continue;
        }
        while (ne < end && name_char(*ne))
            ne++;
        size_t nlen = (size_t)(ne - nm);
        const char *e = tag_end(p, end);
        if (!closing && name_in(nm, nlen, words_html_dropped_tags)) {
            /* skip to the matching close tag */
            char close[16] = "</";
            memcpy(close + 2, nm, nlen < 12 ? nlen : 12);
            close[2 + (nlen < 12 ? nlen : 12)] = '\0';
            const char *c = find_ci(e, end, close);
            if (name_is(nm, nlen, "script") && c && meta) {
                if (find_ci(nm, e, "ld+json"))
                    keep_ld_json(meta, e, (size_t)(c - e));
                else
                    script_html(e, (size_t)(c - e), script, 0);
            }
            p = c ? tag_end(c, end) : end;
            continue;
        }
        /* an element whose text runs to its close tag (<title>, <textarea>,
         * <xmp>) that is never closed would take the rest of the page as
         * its text: it is closed where the next markup starts, as a reader
         * sees it; <plaintext>, which nothing closes, is left out */
        int raw = closing ? -1 : raw_text_tag(nm, nlen);
        if (!closing && name_in(nm, nlen, words_html_unclosable_tags)) {
            p = e;
            continue;
        }
        if (raw >= 0 && !raw_closed(e, end, raw, raw_close)) {
            const char *next = memchr(e, '<', (size_t)(end - e));
            const char *stop = next ? next : end;
            buf_add(out, p, (size_t)(stop - p));
            buf_adds(out, "</");
            buf_adds(out, words_html_raw_text_tags[raw]);
            buf_addc(out, '>');
            p = stop;
            continue;
        }
        bool selfclose = e - p >= 2 && e[-1] == '>' && e[-2] == '/';
        if (!name_in(nm, nlen, words_html_flat_tags) && !selfclose) {
            if (closing) {
                if (dropped_opens > 0) {
                    dropped_opens--;
                    p = e;
                    continue;
                }
                if (depth > 0)
                    depth--;
            } else if (depth >= HTML_MAX_DEPTH) {
                dropped_opens++;
                p = e;
                continue;
            } else {
                depth++;
            }
        }
        if (e - p > 16384) {
            /* a tag with a huge attribute list keeps only its name */
            buf_add(out, p, (size_t)(ne - p));
            buf_addc(out, '>');
        } else {
            buf_add(out, p, (size_t)(e - p));
        }
        p = e;
    }
}

/* ---- class and id hints ------------------------------------------------ */

/* Class and id hints: substrings (src/words/html-hint-neg-sub.txt,
 * -pos-sub) and whole words (-neg-word, -pos-word) that mark a container
 * as boilerplate, or as content. */

static bool word_in(const char *s, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(s, *list, n) == 0)
            return true;
    return false;
}

/* The class (or id) value, lower case, without utility-class variants:
 * a token with ':' or '[' ("print:hidden", "desktop:[.x]:mt-0") styles the
 * element only in some case, so it says nothing about what it holds. */
static size_t hint_text(const char *v, char *low, size_t cap, bool *responsive)
{
    size_t n = 0;
    *responsive = false;
    for (const char *t = v; *t;) {
        while (*t == ' ' || *t == '\t' || *t == '\n')
            t++;
        const char *e = t;
        bool variant = false;
        while (*e && *e != ' ' && *e != '\t' && *e != '\n') {
            variant |= *e == ':' || *e == '[';
            e++;
        }
        if (variant) {
            /* "md:block" next to "hidden": visible on wide screens */
            size_t l = (size_t)(e - t);
            if ((l > 6 && !strncmp(e - 6, ":block", 6)) || (l > 5 && !strncmp(e - 5, ":flex", 5)) ||
                (l > 5 && !strncmp(e - 5, ":grid", 5)))
                *responsive = true;
        } else {
            for (const char *c = t; c < e && n + 2 < cap; c++)
                low[n++] = (*c >= 'A' && *c <= 'Z') ? (char)(*c + 32) : *c;
            if (n + 1 < cap)
                low[n++] = ' ';
        }
        t = e;
    }
    low[n] = '\0';
    return n;
}

/* Is low[i..j) "more" alone in its token, no other word of two letters
 * or more beside it ("more", "a002194more"): the rest of the entry, as a
 * blog's extended entry names it, not a "read-more" link or a "more-
 * stories" list? */
static bool lone_more(const char *low, size_t i, size_t j)
{
    if (j - i != 4 || strncmp(low + i, "more", 4))
        return false;
    size_t a = i, z = j;
    while (a > 0 && low[a - 1] != ' ')
        a--;
    while (low[z] && low[z] != ' ')
        z++;
    size_t run = 0;
    for (size_t k = a; k < z; k++) {
        bool letter = low[k] >= 'a' && low[k] <= 'z';
        run = letter ? run + 1 : 0;
        if (run >= 2 && (k < i || k >= j))
            return false;
    }
    return true;
}

/* Does the stretch low[at..at+n) lie inside one of the words that mark
 * content ("print" inside "print-this-content", the article to print)? */
static bool in_positive(const char *low, const char *at, size_t n)
{
    for (const char *const *w = words_html_hint_pos_sub; *w; w++) {
        size_t l = strlen(*w);
        for (const char *q = strstr(low, *w); q && q <= at; q = strstr(q + 1, *w))
            if (at + n <= q + l)
                return true;
    }
    return false;
}

static int hint_of(const char *cls)
{
    char low[256];
    bool responsive;
    size_t n = hint_text(cls, low, sizeof low, &responsive);
    int neg = 0, pos = 0;
    for (const char *const *w = words_html_hint_neg_sub; *w; w++)
        for (const char *at = strstr(low, *w); at && !neg; at = strstr(at + 1, *w))
            neg = !(responsive && !strcmp(*w, "hidden")) && !in_positive(low, at, strlen(*w));
    for (const char *const *w = words_html_hint_pos_sub; *w; w++)
        if (strstr(low, *w))
            pos = 1;
    /* whole words, split on anything not a letter */
    for (size_t i = 0; i < n;) {
        while (i < n && !(low[i] >= 'a' && low[i] <= 'z'))
            i++;
        size_t j = i;
        while (j < n && low[j] >= 'a' && low[j] <= 'z')
            j++;
        if (j > i) {
            if (word_in(low + i, j - i, words_html_hint_neg_word) &&
                !(responsive && j - i == 4 && !strncmp(low + i, "hide", 4)) &&
                !lone_more(low, i, j))
                neg = 1;
            if (word_in(low + i, j - i, words_html_hint_pos_word))
                pos = 1;
        }
        i = j;
    }
    return pos - 2 * neg;
}

/* An id made from a heading's words ("sharing-with-a-single-developer",
 * "Example_1:_Amend_a_shared_changeset"), as documentation and wiki pages
 * give their sections for links to them: it names what the section is
 * about, not what kind of box it is, so it gives no hint.  Such an id has
 * four words or more, one of them a little word that only a phrase has. */
static bool heading_id(const char *id)
{
    size_t words = 0;
    bool phrase = false;
    for (const char *t = id; *t;) {
        while (*t == '-' || *t == '_' || *t == '.' || *t == ':')
            t++;
        const char *e = t;
        while (*e && *e != '-' && *e != '_' && *e != '.' && *e != ':') {
            if (*e == ' ' || *e == '/')
                return false; /* (no id of one token) */
            e++;
        }
        if (e == t)
            break;
        words++;
        char low[8];
        size_t n = (size_t)(e - t);
        if (n < sizeof low) {
            for (size_t k = 0; k < n; k++)
                low[k] = (char)(t[k] >= 'A' && t[k] <= 'Z' ? t[k] + 32 : t[k]);
            low[n] = '\0';
            for (const char *const *w = words_html_little_words; *w && !phrase; w++)
                phrase = !strcmp(low, *w);
        }
        t = e;
    }
    return words >= 4 && phrase;
}

/* Does a class or id hold a word of list yes and none of list no? */
static bool class_says(const char *v, const char *const *yes, const char *const *no)
{
    if (!v)
        return false;
    char low[128];
    size_t n = 0;
    for (; v[n] && n + 1 < sizeof low; n++)
        low[n] = (char)((v[n] >= 'A' && v[n] <= 'Z') ? v[n] + 32 : v[n]);
    low[n] = '\0';
    bool says = false;
    for (const char *const *w = yes; *w && !says; w++)
        says = strstr(low, *w) != NULL;
    for (const char *const *w = no; *w && says; w++)
        says = !strstr(low, *w);
    return says;
}

/* (src/words/html-byline-classes.txt, but for an author's bio or picture:
 * html-byline-not-classes.txt) */
static bool byline_class(const char *v)
{
    return class_says(v, words_html_byline_classes, words_html_byline_not_classes);
}

/* (src/words/html-headline-classes.txt, but for another story's:
 * html-headline-not-classes.txt) */
static bool headline_class(const char *v)
{
    return class_says(v, words_html_headline_classes, words_html_headline_not_classes);
}

/* A line that one inline element holds whole ("<b>Title</b>", "<span
 * class=byline>By Ann Lee</span>"), of at most this many characters (not
 * spaces), over a <br>, is a line of its own. */
#define WHOLE_LINE 200
/* A byline's items are kept apart in a block of at most this many
 * characters (not spaces): not in a paragraph under a byline's class. */
#define BYLINE_ITEMS 150
/* A join where spaces alone stood between two elements (Walk.joins). */
#define SOFT_JOIN ((size_t)1 << (sizeof(size_t) * 8 - 1))

/* Does s[0..n) read as a person's name alone: two to four words, each
 * opening in upper case, no digit ("Anna Giulia Fink"; not "By Ann",
 * which the byline's reading cuts, nor "Staff writer")? */
static bool name_like(const char *s, size_t n)
{
    while (n && strchr(" \t\r\n,", *s))
        s++, n--;
    while (n && strchr(" \t\r\n,", s[n - 1]))
        n--;
    size_t words = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            return false;
        if (!strchr(" \t\r\n", s[i]) && (i == 0 || strchr(" \t\r\n", s[i - 1]))) {
            int32_t c = 0;
            utf8_decode(s, n, i, &c);
            if (!cp_upper(c))
                return false;
            words++;
        }
    }
    return words >= 2 && words <= 4 && n <= 60;
}
/* A block with this many characters (not spaces) outside its links reads
 * its links' web addresses as its own text. */
#define URL_PROSE 40

/* ---- the walk ---------------------------------------------------------- */

typedef struct {
    Page *pg;
    Buf text;           /* inline text of the block being built */
    size_t link_ns;     /* non-space code points inside links */
    size_t whole_ns;    /* an inline element (no link) held the text, this much of it */
    unsigned serial;    /* counts the blocks flushed */
    bool since_join;    /* text that is not spaces came since the last join */
    size_t all_ns;
    unsigned block_flags;
    int pending_br;
    int kind;           /* the kind of the block being built */
    bool boundary;      /* an inline element just ended */
    size_t *joins;      /* where text ran on from one element into the next */
    size_t n_joins, cap_joins;
    size_t glue_at;     /* a drop cap ended here: the word it starts goes on (0: none) */
    bool glue_lower;    /* ... only if it goes on in lower case (no class said drop cap) */
    size_t ink;         /* where the block's first text that is not a space is (SIZE_MAX: none) */
    size_t url_ns;      /* ... of link_ns, in links whose text is a web address */
} Walk;

static const char *attr(const GumboElement *el, const char *name)
{
    GumboAttribute *a = gumbo_get_attribute(&el->attributes, name);
    return a ? a->value : NULL;
}

static size_t count_ns(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char u = (unsigned char)s[i];
        if ((u & 0xC0) != 0x80 && u != ' ' && u != '\n' && u != '\t' && u != '\r')
            c++;
    }
    return c;
}

static int kind_of(GumboTag t, int *heading)
{
    *heading = 0;
    switch (t) {
    case GUMBO_TAG_P: return KIND_P;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        *heading = (int)(t - GUMBO_TAG_H1) + 1;
        return KIND_HEADING;
    case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: return KIND_LI;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: return KIND_CELL;
    case GUMBO_TAG_PRE: return KIND_PRE;
    case GUMBO_TAG_BLOCKQUOTE: return KIND_QUOTE;
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_BODY:
        return KIND_DIV;
    default: return KIND_OTHER;
    }
}

static bool is_block(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_HTML:
        return true;
    default:
        return false;
    }
}

static bool is_skipped(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG:
    case GUMBO_TAG_ANNOTATION_XML: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_MENU: case GUMBO_TAG_LABEL:
        return true;
    default:
        return false;
    }
}

/* React's streamed server rendering sends a part of the page that was
 * late as <div hidden id="S:1a">, which a script then moves into place: it
 * is shown, not hidden. */
static bool streamed_segment(const GumboElement *el)
{
    const char *id = attr(el, "id");
    if (!id || id[0] != 'S' || id[1] != ':' || !id[2])
        return false;
    for (const char *d = id + 2; *d; d++) /* a hexadecimal number */
        if (!((*d >= '0' && *d <= '9') || (*d >= 'a' && *d <= 'f')))
            return false;
    return true;
}

/* A formula's source in another notation (<annotation encoding=
 * "application/x-tex">), beside the MathML that shows it: gumbo knows no
 * <annotation>, so it is told by its name in the markup. */
static bool is_annotation(const GumboElement *el)
{
    return el->tag == GUMBO_TAG_UNKNOWN && el->tag_namespace == GUMBO_NAMESPACE_MATHML &&
           el->original_tag.length >= 11 && !strncasecmp(el->original_tag.data, "<annotation", 11);
}

static bool is_hidden(const GumboElement *el)
{
    if (attr(el, "hidden"))
        return !streamed_segment(el);
    /* (hidden from a screen reader, but for a paragraph: a paywall's,
     * whose text the page serves) */
    const char *v = attr(el, "aria-hidden");
    if (v && strcasecmp(v, "true") == 0 && el->tag != GUMBO_TAG_P)
        return true;
    v = attr(el, "style");
    if (v) {
        const char *end = v + strlen(v);
        const char *d = find_ci(v, end, "display");
        if (d) {
            d += 7;
            while (*d == ' ' || *d == ':')
                d++;
            if (strncasecmp(d, "none", 4) == 0)
                return true;
        }
        d = find_ci(v, end, "visibility");
        if (d) {
            d += 10;
            while (*d == ' ' || *d == ':')
                d++;
            if (strncasecmp(d, "hidden", 6) == 0)
                return true;
        }
    }
    return false;
}

/* Preformatted text as it stands: its lines and spaces kept, without
 * carriage returns or other controls, and without blank lines around it;
 * into the page's keeping. */
static const char *code_text(Page *pg, const char *s, size_t n)
{
    Buf t = {0};
    for (size_t i = 0; i < n;) {
        int32_t c;
        size_t k = utf8_decode(s, n, i, &c);
        if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0)))
            utf8_encode(&t, c);
        i += k;
    }
    size_t from = 0, to = t.len;
    for (size_t i = 0; i < t.len && (t.p[i] == ' ' || t.p[i] == '\t' || t.p[i] == '\n'); i++)
        if (t.p[i] == '\n')
            from = i + 1;
    while (to > from && (t.p[to - 1] == ' ' || t.p[to - 1] == '\t' || t.p[to - 1] == '\n'))
        to--;
    const char *kept = page_keep(pg, t.p ? t.p + from : "", to - from);
    buf_free(&t);
    return kept;
}

/* In a heading, where one element's text runs into the next's with no
 * space, a word that ends in lower case and one that starts in upper case
 * ("Nationale Demo" and "Der 9. Juli naht", a kicker and its headline), or
 * a colon and a word ("पकड़ा:" and "दो"), are two: a space goes between. */
static void space_heading_joins(Walk *w)
{
    Buf t = {0};
    size_t from = 0;
    for (size_t k = 0; k < w->n_joins; k++) {
        size_t at = w->joins[k];
        if (!at || at >= w->text.len) /* (a soft join's is past it) */
            continue;
        size_t p = at - 1;
        /* (the code point before the join starts at p) */
        while (p > 0 && ((unsigned char)w->text.p[p] & 0xC0) == 0x80 && at - p < 4)
            p--;
        int32_t before = 0, after = 0;
        utf8_decode(w->text.p, w->text.len, p, &before);
        utf8_decode(w->text.p, w->text.len, at, &after);
        if (!((cp_lower(before) && cp_upper(after)) || (before == ':' && cp_letter(after))))
            continue;
        buf_add(&t, w->text.p + from, at - from);
        buf_addc(&t, ' ');
        from = at;
    }
    if (!from) {
        buf_free(&t);
        return;
    }
    buf_add(&t, w->text.p + from, w->text.len - from);
    buf_free(&w->text);
    w->text = t;
}

/* Are the block's joins all soft, two or more, and the text between them
 * names, each of its element (a byline of three names or more)? */
static bool names_side_by_side(const Walk *w)
{
    size_t from = 0, names = 0;
    for (size_t k = 0; k <= w->n_joins; k++) {
        if (k < w->n_joins && !(w->joins[k] & SOFT_JOIN))
            return false;
        size_t at = k < w->n_joins ? w->joins[k] & ~SOFT_JOIN : w->text.len;
        if (!text_has_alnum(w->text.p + from, at - from))
            continue; /* (spaces at the end: no part of its own) */
        if (!name_like(w->text.p + from, at - from))
            return false;
        names++;
        from = at;
    }
    return names >= 3;
}

static void flush(Walk *w, int node, int kind, int heading, unsigned flags)
{
    if (!w->text.len) {
        w->n_joins = 0;
        return;
    }
    /* in a byline, elements side by side are separate items ("<a>Jane
     * Doe</a><time>May 1</time>"): they are kept apart with commas */
    bool byline = ((flags | w->block_flags) & F_BYLINE) && w->all_ns <= BYLINE_ITEMS;
    if (w->n_joins && byline && names_side_by_side(w)) {
        /* (three names or more with spaces alone between them, each in
         * its element: "Birgit Baumann Anna Giulia Fink Jan Michael
         * Marchart" is three) */
        Buf t = {0};
        size_t from = 0;
        for (size_t k = 0; k < w->n_joins; k++) {
            size_t at = w->joins[k] & ~SOFT_JOIN;
            size_t next = k + 1 < w->n_joins ? w->joins[k + 1] & ~SOFT_JOIN : w->text.len;
            buf_add(&t, w->text.p + from, at - from);
            /* (the comma right after the name, not after an empty
             * element's spaces) */
            size_t end = t.len;
            while (end && strchr(" \t\r\n", t.p[end - 1]))
                end--;
            if (end && t.p[end - 1] != ',' && text_has_alnum(w->text.p + at, next - at)) {
                buf_adds(&t, " ");
                memmove(t.p + end + 1, t.p + end, t.len - end - 1);
                t.p[end] = ',';
            }
            from = at;
        }
        buf_add(&t, w->text.p + from, w->text.len - from);
        buf_free(&w->text);
        w->text = t;
        w->n_joins = 0;
    }
    /* (else only the joins where no space stood count) */
    size_t hard = 0;
    for (size_t k = 0; k < w->n_joins; k++)
        if (!(w->joins[k] & SOFT_JOIN))
            w->joins[hard++] = w->joins[k];
    w->n_joins = hard;
    if (w->n_joins && byline) {
        Buf t = {0};
        size_t from = 0;
        for (size_t k = 0; k < w->n_joins; k++) {
            buf_add(&t, w->text.p + from, w->joins[k] - from);
            /* (between items: not before the first, nor after the last) */
            bool before = k > 0 || text_has_alnum(t.p, t.len);
            size_t next = k + 1 < w->n_joins ? w->joins[k + 1] : w->text.len;
            bool after = text_has_alnum(w->text.p + w->joins[k], next - w->joins[k]);
            buf_adds(&t, before && after ? ", " : " ");
            from = w->joins[k];
        }
        buf_add(&t, w->text.p + from, w->text.len - from);
        buf_free(&w->text);
        w->text = t;
    } else if (w->n_joins && kind == KIND_HEADING) {
        space_heading_joins(w);
    }
    w->n_joins = 0;
    Block *b = page_add_text(w->pg, w->text.p, w->text.len);
    if (b && kind == KIND_PRE)
        b->code = code_text(w->pg, w->text.p, w->text.len);
    if (b) {
        b->kind = kind;
        b->heading = heading;
        b->node = node;
        b->flags = flags | w->block_flags;
        /* (the addresses a sentence cites read as its text, where it has
         * URL_PROSE characters of its own: "If the link does not work, try
         * http://example.org/x.pdf"; a line that is little but addresses,
         * "More: http://...", stays links) */
        size_t links = w->link_ns;
        if (w->url_ns && w->all_ns - w->link_ns >= URL_PROSE)
            links -= w->url_ns;
        b->link_chars = w->all_ns ? (size_t)((double)b->chars * (double)links / (double)w->all_ns) : 0;
    }
    buf_clear(&w->text);
    w->link_ns = w->all_ns = w->whole_ns = w->url_ns = 0;
    w->serial++;
    w->block_flags = 0;
    w->pending_br = 0;
    w->glue_at = 0; /* a drop cap glues only within its block */
    w->glue_lower = false;
    w->ink = SIZE_MAX;
}

typedef struct {
    const GumboNode *gn;
    unsigned idx;       /* next child */
    int node;           /* container node for its content */
    int kind, heading;
    unsigned flags;
    bool block, link;
    bool drop_cap;      /* its class says it is a drop cap ("initial-letter") */
    size_t cap_from;    /* where its text starts in the block's */
    size_t ns_from;     /* the block's non-space code points before it */
    unsigned serial;    /* the block it started in (Walk.serial) */
    const char *href;   /* a link's, when the page gathers links */
} Frame;

/* A class that names a drop cap: the first letter of a paragraph, set
 * apart ("<span class=dropcap>N</span> a endlich" is "Na endlich"). */
static bool drop_cap_class(const char *cls)
{
    for (const char *const *n = words_html_drop_cap_classes; cls && *n; n++)
        if (strstr(cls, *n))
            return true;
    return false;
}

/* Does a link's address open an author's page: a segment of its path
 * that says so (src/words/html-author-paths.txt: "/author/ann-lee",
 * "/autor/grimm")? */
static bool author_href(const char *href)
{
    if (!href)
        return false;
    const char *p = strstr(href, "://");
    p = p ? p + 3 + strcspn(p + 3, "/?#") : href;
    while (*p == '/') {
        p++;
        size_t n = strcspn(p, "/?#");
        if (n && text_is_one_of(p, n, "", words_html_author_paths))
            return true;
        p += n;
    }
    return false;
}

static unsigned flags_of(const GumboElement *el, unsigned inherited)
{
    unsigned f = inherited;
    const char *role = attr(el, "role");
    const char *prop = attr(el, "itemprop");
    switch (el->tag) {
    case GUMBO_TAG_ARTICLE: f |= F_ARTICLE; break;
    case GUMBO_TAG_MAIN: f |= F_MAIN; break;
    case GUMBO_TAG_NAV: f |= F_NAV; break;
    case GUMBO_TAG_HEADER: f |= F_HEADER; break;
    case GUMBO_TAG_FOOTER: f |= F_FOOTER; break;
    case GUMBO_TAG_ASIDE: f |= F_ASIDE; break;
    case GUMBO_TAG_FORM: f |= F_FORM; break;
    case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT: f |= F_LIST; break;
    case GUMBO_TAG_TABLE: f |= F_TABLE; break;
    default: break;
    }
    if (role) {
        if (strcasecmp(role, "main") == 0) f |= F_MAIN;
        else if (strcasecmp(role, "navigation") == 0 || strcasecmp(role, "menu") == 0) f |= F_NAV;
        else if (strcasecmp(role, "contentinfo") == 0) f |= F_FOOTER;
        else if (strcasecmp(role, "complementary") == 0) f |= F_ASIDE;
        else if (strcasecmp(role, "banner") == 0) f |= F_HEADER;
    }
    if (prop && strstr(prop, "articleBody"))
        f |= F_BODYPROP;
    const char *rel = attr(el, "rel");
    if ((rel && strstr(rel, "author")) || (prop && strstr(prop, "author")))
        f |= F_BYLINE;
    return f;
}

/* Keys compare by their letters and digits only, in any case:
 * "article:published:time" is "article:published_time". */
static bool key_eq(const char *a, const char *b)
{
    for (;;) {
        while (*a && !((*a | 0x20) >= 'a' && (*a | 0x20) <= 'z') && !(*a >= '0' && *a <= '9'))
            a++;
        while (*b && !((*b | 0x20) >= 'a' && (*b | 0x20) <= 'z') && !(*b >= '0' && *b <= '9'))
            b++;
        if (!*a || !*b)
            return !*a && !*b;
        if ((*a | 0x20) != (*b | 0x20))
            return false;
        a++;
        b++;
    }
}

/* An Open Graph namespace's "uploaded" ("photos:uploaded"): a photo's or
 * a video's page says when it was put up. */
static bool key_is_uploaded(const char *key)
{
    const char *c = strrchr(key, ':');
    return c && !strcasecmp(c + 1, "uploaded");
}

static bool key_in(const char *key, const char *const *list)
{
    for (; *list; list++)
        if (key_eq(key, *list))
            return true;
    return false;
}

/* The meta keys that give dates and authors are data: src/words/html-
 * published-keys.txt (and -published-first, the ones that name the
 * article's publication, not just any date), -modified-keys, -author-keys. */

/* SEO plug-ins put the author in Twitter's label/data pairs:
 * twitter:label1 "Written by", twitter:data1 "Jane Doe" (the labels:
 * src/words/html-written-by.txt). */
static void twitter_label(Meta *m, const char *key, const char *v)
{
    char *end;
    if (!strncasecmp(key, "twitter:label", 13)) {
        long k = strtol(key + 13, &end, 10);
        if (*end || k < 1 || k > 9)
            return;
        for (const char *const *w = words_html_written_by; *w; w++)
            if (!strcasecmp(v, *w))
                m->author_label = (int)k;
    } else if (!strncasecmp(key, "twitter:data", 12)) {
        long k = strtol(key + 12, &end, 10);
        if (!*end && k == m->author_label && strncmp(v, "http", 4) != 0 && !strchr(v, '@'))
            meta_add_name(&m->byline, v);
    }
}

static void read_meta_tag(Meta *m, const GumboElement *el)
{
    const char *key = attr(el, "property");
    if (!key)
        key = attr(el, "name");
    if (!key)
        key = attr(el, "itemprop");
    const char *v = attr(el, "content");
    if (!v)
        v = attr(el, "datetime");
    if (!key || !v)
        return;
    size_t n = strlen(v);
    if (!strcasecmp(key, "og:title"))
        meta_set(&m->og_title, v, n);
    else if (!strcasecmp(key, "twitter:title"))
        meta_set(&m->twitter_title, v, n);
    else if (!strcasecmp(key, "headline"))
        meta_set(&m->md_headline, v, n);
    else if (!strcasecmp(key, "description") || !strcasecmp(key, "og:description") ||
             !strcasecmp(key, "twitter:description"))
        meta_set(&m->description, v, n);
    else if (!strcasecmp(key, "og:site_name") || !strcasecmp(key, "application-name"))
        meta_set(&m->site, v, n);
    else if (!strncasecmp(key, "twitter:label", 13) || !strncasecmp(key, "twitter:data", 12))
        twitter_label(m, key, v);
    else if (key_in(key, words_html_author_keys)) {
        /* a profile URL is no name */
        if (strncmp(v, "http", 4) != 0 && !strchr(v, '@'))
            meta_add_name(&m->byline, v);
    } else if (key_in(key, words_html_published_keys))
        meta_date(m, false, key_in(key, words_html_published_first) ? 1 : 2, v);
    else if (key_in(key, words_html_modified_keys))
        meta_date(m, true, 1, v);
    else if (key_in(key, words_html_upload_keys) || key_is_uploaded(key))
        meta_date(m, false, 4, v);
    else if (!strcasecmp(key, "og:url")) {
        meta_set(&m->url, v, n);
        m->og_home = url_is_home(v);
    } else if (!strcasecmp(key, "og:type"))
        meta_markup(m, v);
    else if (!strcasecmp(key, "og:image") || !strcasecmp(key, "og:image:url") ||
             !strcasecmp(key, "og:image:secure_url") || !strcasecmp(key, "twitter:image") ||
             !strcasecmp(key, "twitter:image:src") || !strcasecmp(key, "image"))
        meta_set(&m->image, v, n);
    else if (!strcasecmp(key, "og:locale") || !strcasecmp(key, "content-language") ||
             !strcasecmp(key, "dc.language") || !strcasecmp(key, "inLanguage"))
        meta_set(&m->lang, v, n);
}

/* Does the class list v hold the token t? */
static bool class_token(const char *v, const char *t)
{
    size_t n = strlen(t);
    for (const char *p = v; p && *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        size_t l = strcspn(p, " \t\n");
        if (l == n && !strncmp(p, t, n))
            return true;
        p += l;
    }
    return false;
}

/* The text under a node, up to cap bytes. */
static void node_text(const GumboNode *nd, Buf *out, size_t cap, int depth)
{
    if (out->len >= cap || depth > 8)
        return;
    if (nd->type == GUMBO_NODE_TEXT || nd->type == GUMBO_NODE_WHITESPACE) {
        buf_adds(out, nd->v.text.text);
        return;
    }
    if (nd->type != GUMBO_NODE_ELEMENT)
        return;
    for (unsigned k = 0; k < nd->v.element.children.length; k++)
        node_text(nd->v.element.children.data[k], out, cap, depth + 1);
}

/* A <time>'s date, as a fallback: its datetime (else its text's date,
 * kept apart), or the day its text prints when that is days off ("<time
 * datetime=2019-07-03T10:18Z>Publié
 * le 29 juin 2019</time>": the reader is shown the day of publication, the
 * attribute holds an update's). */
static void time_date(Meta *m, const GumboElement *el, const char *dt)
{
    if (m->published && m->published_rank <= 3)
        return; /* (a date as good is had: a list of a hundred <time>s costs nothing) */
    char shown[48], at[48];
    Buf t = {0};
    for (unsigned k = 0; k < el->children.length; k++)
        node_text(el->children.data[k], &t, 200, 0);
    /* (no datetime, or an empty one: the date its text shows, as HTML
     * reads such a <time>, "15.06.2020, 12.11 Uhr"; a teaser's as likely
     * as the article's, so only where nothing else dates the page) */
    if (!dt) {
        if (!m->time_text && t.len && t.len < 200 && date_iso(t.p, shown, sizeof shown))
            m->time_text = xstrndup(shown, strlen(shown));
        buf_free(&t);
        return;
    }
    long a = LONG_MIN, b = LONG_MIN;
    if (t.len && t.len < 200 && date_iso(t.p, shown, sizeof shown) &&
        date_iso_value(dt, at, sizeof at)) {
        a = date_day_number(shown);
        b = date_day_number(at);
    }
    buf_free(&t);
    bool off = a != LONG_MIN && b != LONG_MIN && (a - b >= 2 || b - a >= 2);
    meta_date(m, false, 3, off ? shown : dt);
}

/* hCard: the formatted name (class "fn") of an author element's card
 * ("<span class="author vcard"><a class="url fn n">Jane Doe</a>"). */
static void read_card(Meta *m, const GumboNode *c)
{
    const GumboElement *el = &c->v.element;
    const char *cls = attr(el, "class");
    if (!cls || !class_token(cls, "fn"))
        return;
    const char *up = NULL;
    if (c->parent && c->parent->type == GUMBO_NODE_ELEMENT)
        up = attr(&c->parent->v.element, "class");
    bool author = strstr(cls, "author") || (up && strstr(up, "author"));
    if (!author || strstr(cls, "comment") || (up && strstr(up, "comment")))
        return;
    Buf t = {0};
    node_text(c, &t, 200, 0);
    if (t.len && t.len < 200 && (!m->card_author || strlen(m->card_author) < 1000)) {
        char *name = text_clean(t.p, t.len, NULL);
        if (*name && !strchr(name, ';'))
            meta_add_name(&m->card_author, name);
        free(name);
    }
    buf_free(&t);
}

static void read_element_meta(Meta *m, const GumboElement *el, bool aside)
{
    if (el->tag == GUMBO_TAG_META) {
        read_meta_tag(m, el);
    } else if (el->tag == GUMBO_TAG_TITLE) {
        if (el->children.length && !m->title) {
            const GumboNode *c = el->children.data[0];
            if (c->type == GUMBO_NODE_TEXT)
                meta_set(&m->title, c->v.text.text, strlen(c->v.text.text));
        }
    } else if (el->tag == GUMBO_TAG_LINK) {
        const char *rel = attr(el, "rel"), *href = attr(el, "href");
        if (rel && href && strcasecmp(rel, "canonical") == 0) {
            free(m->url); /* the canonical link beats og:url */
            m->url = NULL;
            meta_set(&m->url, href, strlen(href));
        } else if (rel && href && class_token(rel, "next")) {
            meta_set(&m->next, href, strlen(href));
        }
    } else if (el->tag == GUMBO_TAG_A) {
        /* the article's own link to its next page */
        const char *rel = attr(el, "rel"), *href = attr(el, "href");
        if (rel && href && class_token(rel, "next"))
            meta_set(&m->next, href, strlen(href));
    } else if (el->tag == GUMBO_TAG_BASE) {
        const char *href = attr(el, "href");
        if (href)
            meta_set(&m->base, href, strlen(href));
    } else if (el->tag == GUMBO_TAG_HTML) {
        const char *lang = attr(el, "lang");
        if (!lang)
            lang = attr(el, "xml:lang");
        if (lang) {
            free(m->lang); /* <html lang> beats og:locale */
            m->lang = NULL;
            meta_set(&m->lang, lang, strlen(lang));
        }
    } else if (el->tag == GUMBO_TAG_TIME) {
        /* <time datetime> and itemprop dates in the body: a fallback */
        const char *dt = attr(el, "datetime"), *prop = attr(el, "itemprop");
        if (dt && prop && !strcasecmp(prop, "datePublished"))
            meta_date(m, false, 1, dt);
        else if (dt && prop && !strcasecmp(prop, "dateModified"))
            meta_date(m, true, 1, dt);
        else if (!aside) /* (not a list's beside the article: "Related") */
            time_date(m, el, dt && *dt ? dt : NULL);
    } else {
        /* itemprop=datePublished, with the date in its content or title;
         * hAtom's published and updated, in a title ("<abbr
         * class=published title=2011-03-30T21:05:00-07:00>") */
        const char *prop = attr(el, "itemprop");
        const char *c = attr(el, "content"), *title = attr(el, "title");
        const char *cls = attr(el, "class");
        if (prop && (c || title) && !strcasecmp(prop, "datePublished"))
            meta_date(m, false, 1, c ? c : title);
        else if (title && cls && class_token(cls, "published"))
            meta_date(m, false, 1, title);
        else if (title && cls && class_token(cls, "updated"))
            meta_date(m, true, 1, title);
    }
}

/* Leaving an inline element whose class says drop cap: when it held one
 * capital letter, the next text goes on in its word ("T" "he" is "The"). */
static void drop_cap_ends(Walk *w, size_t cap_from)
{
    if (w->text.len <= cap_from)
        return;
    const char *cap = w->text.p + cap_from;
    size_t cl = w->text.len - cap_from;
    while (cl && (*cap == ' ' || *cap == '\n'))
        cap++, cl--;
    /* (not a letter that is a word of its own: "A man", "I", "Y", "O",
     * "V pondělí", where the space is meant) */
    int32_t c0;
    if (cl && utf8_decode(cap, cl, 0, &c0) == cl && cp_upper(c0) &&
        !(c0 < 0x80 && strchr("AIOEYUVWZSK", (int)c0)))
        w->glue_at = w->text.len;
}

/* Does the text end with a colon, a label's ("Ingredients:"), and what it
 * labels follow? */
static bool ends_label(const Buf *t)
{
    size_t n = t->len;
    while (n && (t->p[n - 1] == ' ' || t->p[n - 1] == '\n' || t->p[n - 1] == '\t'))
        n--;
    return n && (t->p[n - 1] == ':' || (n >= 3 && !memcmp(t->p + n - 3, "\xEF\xBC\x9A", 3)));
}

/* Where the text runs on from one item into the next: here. */
static void add_join_at(Walk *w, size_t at)
{
    if (w->n_joins == w->cap_joins) {
        w->cap_joins = w->cap_joins ? w->cap_joins * 2 : 16;
        w->joins = xrealloc(w->joins, w->cap_joins * sizeof *w->joins);
    }
    w->joins[w->n_joins++] = at;
    /* (a soft join leaves what came since the last join as it was: a
     * line break after it is still a byline's item's end) */
    if (!(at & SOFT_JOIN))
        w->since_join = false;
}

static void add_join(Walk *w)
{
    add_join_at(w, w->text.len);
}

/* Is t[0..n) a web address alone ("http://...", "www.example.org/x")? */
static bool url_text(const char *t, size_t n)
{
    while (n && (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r'))
        t++, n--;
    bool opens = (n > 11 && (!strncmp(t, "http://", 7) || !strncmp(t, "https://", 8))) ||
                 (n > 8 && !strncmp(t, "www.", 4));
    if (!opens)
        return false;
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\n' || t[n - 1] == '\t' || t[n - 1] == '\r'))
        n--;
    return !memchr(t, ' ', n);
}

/* A text node's text into the block being gathered. */
static void add_text(Walk *w, const char *t, bool in_link)
{
    size_t n = strlen(t);
    /* right after a drop cap, the word it starts goes on */
    if (w->glue_at && w->glue_at == w->text.len) {
        size_t sp = 0;
        while (sp < n && (t[sp] == ' ' || t[sp] == '\n' || t[sp] == '\t' || t[sp] == '\r'))
            sp++;
        if (sp == n)
            return;
        int32_t c = 0;
        utf8_decode(t + sp, n - sp, 0, &c);
        if (!w->glue_lower || cp_lower(c)) {
            t += sp, n -= sp;
            w->boundary = false;
        }
        w->glue_at = 0;
        w->glue_lower = false;
    }
    /* text after an element's end with no space between: where words may
     * have been glued, kept for the cleaning; with spaces only, a soft
     * join (a byline's names side by side, "<span>Ann Lee</span>
     * <span>Bo Chen</span>") */
    if (w->boundary && n && w->text.len && w->text.p[w->text.len - 1] != ' ' &&
        (cp_letter((unsigned char)t[0]) || cp_digit((unsigned char)t[0]) ||
         (unsigned char)t[0] >= 0x80))
        add_join(w);
    else if (w->boundary && n && w->text.len && w->since_join && !count_ns(t, n))
        add_join_at(w, w->text.len | SOFT_JOIN);
    w->boundary = false;
    if (w->ink == SIZE_MAX)
        for (size_t k = 0; k < n; k++)
            if (t[k] != ' ' && t[k] != '\n' && t[k] != '\t' && t[k] != '\r') {
                w->ink = w->text.len + k;
                w->block_flags |= in_link ? F_LINKFIRST : 0;
                break;
            }
    buf_add(&w->text, t, n);
    size_t ns = count_ns(t, n);
    w->all_ns += ns;
    w->since_join |= ns > 0;
    if (in_link)
        w->link_ns += ns;
    /* (a web address as a link's text is counted apart too: flush reads
     * it as the block's own where the block has enough text of its own) */
    if (in_link && url_text(t, n))
        w->url_ns += ns;
}

/* Does a class or id say readers' comments (src/words/html-comment-
 * classes.txt)? */
static bool comment_class(const char *v)
{
    char low[256];
    bool responsive;
    if (!v)
        return false;
    hint_text(v, low, sizeof low, &responsive);
    /* (not "commentary": an opinion piece is the article) */
    for (const char *const *w = words_html_comment_classes; *w; w++)
        for (const char *at = strstr(low, *w); at; at = strstr(at + 1, *w))
            if (strncmp(at + strlen(*w), "ar", 2) != 0)
                return true;
    return false;
}

/* The class/id hint of one element, -2..2; an id made from a heading's
 * words gives none. */
static int element_hint(const char *cls, const char *id)
{
    int hint = 0;
    if (cls)
        hint += hint_of(cls);
    if (id && !heading_id(id))
        hint += hint_of(id);
    return hint > 2 ? 2 : hint < -2 ? -2 : hint;
}

/* Leaving a link, when the page gathers them: its text (what the block
 * being built holds since it opened) and its href. */
static void add_link(Walk *w, const Frame *f)
{
    Page *pg = w->pg;
    size_t from = f->cap_from <= w->text.len ? f->cap_from : 0;
    size_t len;
    char *t = text_clean(w->text.p ? w->text.p + from : "", w->text.len - from, &len);
    if (len && *f->href) {
        if (pg->n_links == pg->cap_links) {
            pg->cap_links = pg->cap_links ? pg->cap_links * 2 : 32;
            pg->links = xrealloc(pg->links, pg->cap_links * sizeof *pg->links);
        }
        PageLink *l = &pg->links[pg->n_links++];
        l->block = pg->n;
        l->text = page_keep(pg, t, len);
        l->href = page_keep(pg, f->href, strlen(f->href));
    }
    free(t);
}

/* The element the image's figure is, or NULL: an ancestor <figure> a few
 * levels up. */
static const GumboNode *figure_of(const GumboNode *c)
{
    for (int up = 0; up < 4 && c->parent; up++) {
        c = c->parent;
        if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_FIGURE)
            return c;
    }
    return NULL;
}

/* An image's address: its src, unless that is missing or a placeholder
 * (data:), then what lazy loading keeps (data-src, data-lazy-src,
 * data-original) or the first candidate of srcset. */
static const char *image_src(const GumboElement *el, size_t *n)
{
    static const char *const keys[] = {"src", "data-src", "data-lazy-src", "data-original", "srcset", "data-srcset"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        const char *v = attr(el, keys[k]);
        while (v && (*v == ' ' || *v == '\n' || *v == '\t'))
            v++;
        if (!v || !*v || !strncasecmp(v, "data:", 5))
            continue;
        *n = k >= 4 ? strcspn(v, " \t\n,") : strlen(v);
        return v;
    }
    return NULL;
}

/* An image where it stands among the blocks (a pixel-sized one is no
 * image), with its alt text and its place: in a figure or not. */
static void add_image(Walk *w, const GumboNode *c, unsigned flags)
{
    const GumboElement *el = &c->v.element;
    size_t n = 0;
    const char *src = image_src(el, &n);
    const char *wd = attr(el, "width"), *ht = attr(el, "height");
    if (!src || (wd && atoi(wd) > 0 && atoi(wd) < 50) || (ht && atoi(ht) > 0 && atoi(ht) < 50))
        return;
    Page *pg = w->pg;
    if (pg->n_images == pg->cap_images) {
        pg->cap_images = pg->cap_images ? pg->cap_images * 2 : 16;
        pg->images = xrealloc(pg->images, pg->cap_images * sizeof *pg->images);
    }
    PageImage *im = &pg->images[pg->n_images++];
    /* after the block being gathered, when it has text already */
    size_t sp = 0;
    while (sp < w->text.len && (w->text.p[sp] == ' ' || w->text.p[sp] == '\n' ||
                                w->text.p[sp] == '\t' || w->text.p[sp] == '\r'))
        sp++;
    im->at = pg->n + (sp < w->text.len);
    im->in_figure = figure_of(c) != NULL;
    im->flags = flags;
    im->src = page_keep(pg, src, n);
    const char *alt = attr(el, "alt");
    size_t len = 0;
    char *t = alt ? text_clean(alt, strlen(alt), &len) : NULL;
    im->alt = len ? page_keep(pg, t, len) : NULL;
    free(t);
    im->caption = NULL;
    const GumboNode *fig = figure_of(c);
    for (unsigned k = 0; fig && k < fig->v.element.children.length; k++) {
        const GumboNode *cap = fig->v.element.children.data[k];
        if (cap->type != GUMBO_NODE_ELEMENT || cap->v.element.tag != GUMBO_TAG_FIGCAPTION)
            continue;
        Buf b = {0};
        node_text(cap, &b, 2000, 0);
        t = text_clean(b.p ? b.p : "", b.len, &len);
        im->caption = len ? page_keep(pg, t, len) : NULL;
        free(t);
        buf_free(&b);
        break;
    }
}

/* Does a link lead to the site's front page ("/", "index.html",
 * "https://example.com/")? */
static bool front_page_href(const char *h)
{
    if (!h)
        return false;
    if (strstr(h, "://"))
        return url_is_home(h);
    if (!strncmp(h, "./", 2))
        h += 1;
    if (*h == '/')
        h++;
    return !*h || !strncmp(h, "index.", 6);
}

/* The site's logo: the first image that says "logo" in its class, id or
 * source, or that links to the front page; its alt text names the site. */
static void note_logo(Meta *m, const GumboNode *img)
{
    const GumboElement *el = &img->v.element;
    const char *alt = attr(el, "alt");
    if (!alt || !*alt)
        return;
    const char *const where[] = {attr(el, "class"), attr(el, "id"), attr(el, "src")};
    bool logo = false;
    for (int k = 0; k < 3 && !logo; k++)
        logo = where[k] && find_ci(where[k], where[k] + strlen(where[k]), "logo");
    const GumboNode *p = img->parent;
    for (int up = 0; up < 3 && p && p->type == GUMBO_NODE_ELEMENT && !logo; up++, p = p->parent)
        if (p->v.element.tag == GUMBO_TAG_A)
            logo = front_page_href(attr(&p->v.element, "href"));
    size_t len = 0;
    char *t = logo ? text_clean(alt, strlen(alt), &len) : NULL;
    if (t && len >= 2 && len <= 120)
        m->logo = t;
    else
        free(t);
}

/* A figure is no text of the body (its caption is not the story's), but
 * its image is the page's: the first <img> in it, a few levels down. */
static const GumboNode *first_image(const GumboNode *c, int depth)
{
    if (c->type != GUMBO_NODE_ELEMENT || depth > 6)
        return NULL;
    if (c->v.element.tag == GUMBO_TAG_IMG)
        return c;
    for (unsigned k = 0; k < c->v.element.children.length; k++) {
        const GumboNode *im = first_image(c->v.element.children.data[k], depth + 1);
        if (im)
            return im;
    }
    return NULL;
}

/* Does c hold an <h1>, FRAME_DEPTH levels down at most: a figure that is
 * a magazine layout's frame, the headline set over its picture, not a
 * picture's? */
#define FRAME_DEPTH 8
static bool holds_h1(const GumboNode *c, int depth)
{
    if (c->type != GUMBO_NODE_ELEMENT || depth > FRAME_DEPTH)
        return false;
    if (c->v.element.tag == GUMBO_TAG_H1)
        return true;
    for (unsigned k = 0; k < c->v.element.children.length; k++)
        if (holds_h1(c->v.element.children.data[k], depth + 1))
            return true;
    return false;
}

static NodeForm node_form(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_UL: case GUMBO_TAG_MENU: case GUMBO_TAG_DL: return NODE_LIST;
    case GUMBO_TAG_OL: return NODE_OLIST;
    case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: return NODE_ITEM;
    case GUMBO_TAG_BLOCKQUOTE: return NODE_QUOTE;
    case GUMBO_TAG_TABLE: return NODE_TABLE;
    case GUMBO_TAG_THEAD: return NODE_THEAD;
    case GUMBO_TAG_TR: return NODE_ROW;
    case GUMBO_TAG_TD: return NODE_CELL;
    case GUMBO_TAG_TH: return NODE_HEAD_CELL;
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BODY: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_FIGURE: return NODE_WALL;
    default: return NODE_PLAIN;
    }
}

/* Is c inside a <blockquote> (within 64 levels)? */
static bool in_quote(const GumboNode *c)
{
    int up = 0;
    for (const GumboNode *p = c->parent; p && up < 64; p = p->parent, up++)
        if (p->type == GUMBO_NODE_ELEMENT && p->v.element.tag == GUMBO_TAG_BLOCKQUOTE)
            return true;
    return false;
}

/* What an element gives before its content is walked: its metadata, its
 * image, a line break.  Returns whether its content is walked (not when
 * skipped or hidden, or when it has none). */
static bool enter(Walk *w, const GumboNode *c, unsigned flags)
{
    const GumboElement *el = &c->v.element;
    /* (a <time> in a quotation dates what is quoted, an embedded post) */
    bool beside = (flags & (F_NAV | F_ASIDE | F_FOOTER)) ||
                  (el->tag == GUMBO_TAG_TIME && in_quote(c));
    read_element_meta(&w->pg->meta, el, beside);
    read_card(&w->pg->meta, c);
    /* (a figure's text is its caption's, but for a frame that holds the
     * headline: its caption alone is skipped; its first image is the
     * headline's, recorded here as a figure's, the others not at all) */
    bool frame = el->tag == GUMBO_TAG_FIGURE && holds_h1(c, 0);
    if (el->tag == GUMBO_TAG_FIGURE && !is_hidden(el)) {
        const GumboNode *im = first_image(c, 0);
        if (im)
            add_image(w, im, frame ? flags | F_FRAME : flags);
    }
    if ((is_skipped(el->tag) && !frame) || is_hidden(el) || is_annotation(el))
        return false;
    if (el->tag == GUMBO_TAG_BR) {
        /* a line one element holds whole, over a break, outside
         * paragraphs and items, is a line of its own (an old page's title
         * over its byline and date) */
        bool heading = w->pending_br < 2 &&
                       (w->kind == KIND_CELL || w->kind == KIND_DIV || w->kind == KIND_OTHER) &&
                       w->all_ns && w->all_ns <= WHOLE_LINE && w->whole_ns == w->all_ns &&
                       !ends_label(&w->text);
        w->pending_br += heading ? 2 : 1;
        /* (a byline's lines are its items: "By Ann Lee<br>Staff Writer") */
        if ((w->block_flags & F_BYLINE) && w->all_ns && w->since_join)
            add_join(w);
        buf_addc(&w->text, ' ');
        return false;
    }
    if (el->tag == GUMBO_TAG_TIME)
        w->block_flags |= F_TIME;
    if (el->tag == GUMBO_TAG_A && author_href(attr(el, "href")))
        w->block_flags |= F_AUTHORLINK;
    /* (without --images, only a figure's image is wanted: the lead image) */
    if (el->tag == GUMBO_TAG_IMG) {
        if (!w->pg->meta.logo)
            note_logo(&w->pg->meta, c);
        if (w->pg->want_images && !(flags & F_FRAME))
            add_image(w, c, flags);
        return false;
    }
    return true;
}

/* An inline element that starts the block's text and holds one capital
 * letter alone (from, its text's start): a first letter set apart,
 * whatever its class; the word goes on if the text after it does in lower
 * case. */
static void first_letter_ends(Walk *w, size_t from)
{
    if (w->ink == SIZE_MAX || w->ink < from || w->text.len - w->ink > 4)
        return;
    drop_cap_ends(w, w->ink);
    w->glue_lower = w->glue_at != 0;
}

/* An element's end, for the text after it: an inline element (no link)
 * that held the block's text whole, a link gathered, a boundary where words
 * may be glued, a drop cap's end. */
static void left(Walk *w, const Frame *f)
{
    if (!f->block && !f->link && w->all_ns && (f->serial != w->serial || !f->ns_from))
        w->whole_ns = w->all_ns;
    if (f->href)
        add_link(w, f);
    if (!f->block)
        w->boundary = true;
    if (f->drop_cap)
        drop_cap_ends(w, f->cap_from);
    else if (!f->block && !f->link)
        first_letter_ends(w, f->cap_from);
}

/* An <a> that leads somewhere ("javascript:" is a button's): the frame
 * is a link (its href kept when links are wanted), and a link to the front
 * page marks its block. */
static bool enter_link(Walk *w, const GumboElement *el, Frame *nf)
{
    const char *href = el->tag == GUMBO_TAG_A ? attr(el, "href") : NULL;
    nf->link = href && strncasecmp(href, "javascript:", 11) != 0;
    if (nf->link && front_page_href(href))
        w->block_flags |= F_HOMELINK;
    if (nf->link && w->pg->want_links)
        nf->href = href;
    return nf->link;
}

static void walk(Page *pg, const GumboNode *root)
{
    Walk w = {.pg = pg, .ink = SIZE_MAX};
    size_t cap = 256, top = 0;
    Frame *st = xmalloc(cap * sizeof *st);
    st[0] = (Frame){.gn = root, .node = 0, .kind = KIND_DIV, .block = true};
    int cur_node = 0, cur_kind = KIND_DIV, cur_heading = 0;
    unsigned cur_flags = 0;
    int link_depth = 0;
    top = 1;
    while (top) {
        Frame *f = &st[top - 1];
        const GumboVector *kids = f->gn->type == GUMBO_NODE_ELEMENT || f->gn->type == GUMBO_NODE_TEMPLATE
                                      ? &f->gn->v.element.children
                                      : &f->gn->v.document.children;
        if (f->idx >= kids->length) {
            /* leaving this element */
            if (f->block)
                flush(&w, cur_node, cur_kind, cur_heading, cur_flags);
            if (f->link)
                link_depth--;
            left(&w, f);
            top--;
            if (top) {
                Frame *up = &st[top - 1];
                /* restore the enclosing block context */
                if (f->block) {
                    cur_node = up->node;
                    cur_kind = up->kind;
                    cur_heading = up->heading;
                    cur_flags = up->flags;
                }
            }
            continue;
        }
        const GumboNode *c = kids->data[f->idx++];
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA ||
            c->type == GUMBO_NODE_WHITESPACE) {
            if (w.pending_br >= 2 && c->type != GUMBO_NODE_WHITESPACE)
                flush(&w, cur_node, cur_kind, cur_heading, cur_flags);
            if (c->type != GUMBO_NODE_WHITESPACE)
                w.pending_br = 0;
            add_text(&w, c->v.text.text, link_depth > 0);
            continue;
        }
        if (c->type != GUMBO_NODE_ELEMENT && c->type != GUMBO_NODE_TEMPLATE)
            continue;
        const GumboElement *el = &c->v.element;
        w.kind = cur_kind;
        if (!enter(&w, c, cur_flags))
            continue;
        /* (an inline element after a paragraph's break starts the next
         * block: its marks, a byline's class, are that block's) */
        if (w.pending_br >= 2 && !is_block(el->tag))
            flush(&w, cur_node, cur_kind, cur_heading, cur_flags);
        if (top == cap) {
            cap *= 2;
            st = xrealloc(st, cap * sizeof *st);
            f = &st[top - 1];
        }
        Frame nf = {.gn = c};
        nf.block = is_block(el->tag);
        /* (a drop cap is inline: its class is read only there) */
        nf.drop_cap = !nf.block && drop_cap_class(attr(el, "class"));
        nf.cap_from = w.text.len;
        nf.ns_from = w.all_ns;
        nf.serial = w.serial;
        link_depth += enter_link(&w, el, &nf);
        unsigned fl = flags_of(el, cur_flags);
        if (el->tag == GUMBO_TAG_FIGURE)
            fl |= F_FRAME; /* (entered: a frame, see enter) */
        const char *cls = attr(el, "class"), *id = attr(el, "id");
        /* a byline class marks the block that holds the element; a block
         * element's own mark waits for the text before it to be flushed */
        bool by_class = byline_class(cls) || byline_class(id);
        if (!nf.block && by_class)
            fl |= F_BYLINE;
        if (fl & F_BYLINE)
            w.block_flags |= F_BYLINE;
        if (headline_class(cls) || headline_class(id)) {
            fl |= F_HEADCLASS;
            if (!nf.block)
                w.block_flags |= F_HEADCLASS;
        }
        if (nf.block) {
            flush(&w, cur_node, cur_kind, cur_heading, cur_flags);
            int hint = element_hint(cls, id);
            if (by_class)
                fl |= F_BYLINE;
            int h;
            int kind = kind_of(el->tag, &h);
            cur_node = page_add_node(pg, cur_node, (int)el->tag, hint);
            pg->nodes[cur_node].article = el->tag == GUMBO_TAG_ARTICLE;
            pg->nodes[cur_node].row = el->tag == GUMBO_TAG_TR;
            pg->nodes[cur_node].form = node_form(el->tag);
            pg->nodes[cur_node].comments = hint && (comment_class(cls) || comment_class(id));
            if (kind != KIND_DIV && kind != KIND_OTHER) {
                cur_kind = kind;
                cur_heading = h;
            } else if (cur_kind == KIND_DIV || cur_kind == KIND_OTHER) {
                cur_kind = kind;
                cur_heading = 0;
            }
            cur_flags = fl;
        }
        nf.node = cur_node;
        nf.kind = cur_kind;
        nf.heading = cur_heading;
        nf.flags = cur_flags;
        st[top++] = nf;
    }
    flush(&w, cur_node, cur_kind, cur_heading, cur_flags);
    free(st);
    free(w.joins);
    buf_free(&w.text);
}

void html_read(Page *pg, const char *s, size_t n)
{
    Buf clean = {0}, script = {0};
    prepass(s, n, &clean, &pg->meta, &script);
    GumboOptions opts = kGumboDefaultOptions;
    opts.max_errors = 0;
    GumboOutput *out = gumbo_parse_with_options(&opts, clean.p ? clean.p : "", clean.len);
    /* the head first, for metadata; then the body's blocks */
    const GumboNode *root = out->root;
    read_element_meta(&pg->meta, &root->v.element, false);
    const GumboVector *kids = &root->v.element.children;
    for (unsigned i = 0; i < kids->length; i++) {
        const GumboNode *c = kids->data[i];
        if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_HEAD) {
            const GumboVector *hk = &c->v.element.children;
            for (unsigned j = 0; j < hk->length; j++) {
                const GumboNode *h = hk->data[j];
                if (h->type == GUMBO_NODE_ELEMENT)
                    read_element_meta(&pg->meta, &h->v.element, false);
            }
        }
    }
    walk(pg, root);
    gumbo_destroy_output(&opts, out);
    buf_free(&clean);
    if (script.len)
        pg->meta.script_html = buf_take(&script);
    buf_free(&script);
    meta_resolve(pg);
    /* the paragraphs of a script's HTML, the alternate body of a page that
     * renders its text with scripts, when no JSON-LD articleBody is one
     * (whether it is taken is the classification's decision) */
    Meta *m = &pg->meta;
    if (m->script_html && (!m->ld_body || strlen(m->ld_body) < 400))
        m->script_paras = html_paragraphs(m->script_html, strlen(m->script_html));
}

const char *html_tag_name(int tag)
{
    if (tag < 0 || tag >= GUMBO_TAG_LAST)
        return "?";
    const char *name = gumbo_normalized_tagname((GumboTag)tag);
    return name && *name ? name : "?";
}

bool html_sniff(const char *s, size_t n)
{
    size_t m = n < 4096 ? n : 4096;
    const char *end = s + m;
    const char *p = s;
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        p++;
    for (const char *const *st = words_html_sniff_starts; *st; st++)
        if ((size_t)(end - p) >= strlen(*st) && strncasecmp(p, *st, strlen(*st)) == 0)
            return true;
    /* (a fragment that opens with a tag of its own: "<section><h1>...") */
    if (end - p >= 3 && *p == '<' && (p[1] | 0x20) >= 'a' && (p[1] | 0x20) <= 'z' &&
        memchr(p, '>', (size_t)(end - p)))
        return true;
    /* an <html>, <body> or <head> tag anywhere among the first bytes; or
     * markup density, many tags there (each '<' found by memchr: text has
     * few), and more of them when the page does not open with one (text
     * that shows tags: a comment form's "You may use these HTML tags: <a>
     * <b> ...", an article about code) */
    size_t tags = 0;
    for (const char *q = memchr(s, '<', m); q; q = memchr(q + 1, '<', (size_t)(end - q - 1))) {
        size_t left = (size_t)(end - q);
        if (left >= 5 && (!strncasecmp(q, "<html", 5) || !strncasecmp(q, "<body", 5) ||
                          !strncasecmp(q, "<head", 5)))
            return true;
        if (left >= 2 && (((q[1] | 0x20) >= 'a' && (q[1] | 0x20) <= 'z') || q[1] == '/'))
            tags++;
    }
    return tags >= 8 && tags * (p < end && *p == '<' ? 200 : 50) >= m;
}
