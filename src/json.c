/* json: a small, tolerant JSON reader for the JSON-LD that pages embed. */
#include "json.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"

#define JSON_MAX_DEPTH 64

typedef struct {
    const char *s;
    size_t n, i;
    int depth;
} Reader;

static void skip_ws(Reader *r)
{
    while (r->i < r->n) {
        char c = r->s[r->i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            r->i++;
        } else if (c == '/' && r->i + 1 < r->n && r->s[r->i + 1] == '*') {
            r->i += 2;
            while (r->i + 1 < r->n && !(r->s[r->i] == '*' && r->s[r->i + 1] == '/'))
                r->i++;
            r->i = r->i + 2 < r->n ? r->i + 2 : r->n;
        } else if (c == '/' && r->i + 1 < r->n && r->s[r->i + 1] == '/') {
            while (r->i < r->n && r->s[r->i] != '\n')
                r->i++;
        } else {
            break;
        }
    }
}

static Json *node(int type)
{
    Json *j = xcalloc(1, sizeof *j);
    j->type = type;
    return j;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int32_t read_u4(Reader *r)
{
    if (r->i + 4 > r->n)
        return -1;
    int32_t v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(r->s[r->i + (size_t)k]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    r->i += 4;
    return v;
}

static char *read_string(Reader *r)
{
    char q = r->s[r->i++];
    Buf b = {0};
    while (r->i < r->n && r->s[r->i] != q) {
        char c = r->s[r->i++];
        if (c != '\\') {
            buf_addc(&b, c);
            continue;
        }
        if (r->i >= r->n)
            break;
        char e = r->s[r->i++];
        switch (e) {
        case 'n': buf_addc(&b, '\n'); break;
        case 't': buf_addc(&b, '\t'); break;
        case 'r': buf_addc(&b, '\r'); break;
        case 'b': case 'f': buf_addc(&b, ' '); break;
        case 'u': {
            int32_t cp = read_u4(r);
            if (cp < 0)
                break;
            if (cp >= 0xD800 && cp <= 0xDBFF && r->i + 6 <= r->n && r->s[r->i] == '\\' &&
                r->s[r->i + 1] == 'u') {
                r->i += 2;
                int32_t lo = read_u4(r);
                if (lo >= 0xDC00 && lo <= 0xDFFF)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                else
                    cp = 0xFFFD;
            } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            if (cp)
                utf8_encode(&b, cp);
            break;
        }
        default: buf_addc(&b, e); break;
        }
    }
    if (r->i < r->n)
        r->i++; /* the closing quote */
    if (!b.p)
        buf_reserve(&b, 0);
    return buf_take(&b);
}

static Json *read_value(Reader *r);

static void push(Json *j, char *key, Json *v)
{
    if ((j->n & (j->n - 1)) == 0) { /* grow at powers of two */
        size_t cap = j->n ? j->n * 2 : 4;
        j->items = xrealloc(j->items, cap * sizeof *j->items);
        if (j->type == JSON_OBJ)
            j->keys = xrealloc(j->keys, cap * sizeof *j->keys);
    }
    if (j->type == JSON_OBJ)
        j->keys[j->n] = key;
    j->items[j->n++] = v;
}

static Json *read_container(Reader *r, char close)
{
    Json *j = node(close == '}' ? JSON_OBJ : JSON_ARR);
    r->i++;
    for (;;) {
        skip_ws(r);
        while (r->i < r->n && r->s[r->i] == ',') {
            r->i++;
            skip_ws(r);
        }
        if (r->i >= r->n)
            return j;
        if (r->s[r->i] == close) {
            r->i++;
            return j;
        }
        char *key = NULL;
        if (close == '}') {
            if (r->s[r->i] != '"' && r->s[r->i] != '\'')
                return j; /* broken: keep what we have */
            key = read_string(r);
            skip_ws(r);
            if (r->i >= r->n || r->s[r->i] != ':') {
                free(key);
                return j;
            }
            r->i++;
        }
        size_t before = r->i;
        Json *v = read_value(r);
        if (!v || r->i == before) {
            free(key);
            json_free(v);
            return j;
        }
        push(j, key, v);
    }
}

static Json *read_value(Reader *r)
{
    skip_ws(r);
    if (r->i >= r->n)
        return NULL;
    char c = r->s[r->i];
    if (c == '{' || c == '[') {
        if (r->depth >= JSON_MAX_DEPTH)
            return NULL;
        r->depth++;
        Json *j = read_container(r, c == '{' ? '}' : ']');
        r->depth--;
        return j;
    }
    if (c == '"' || c == '\'') {
        Json *j = node(JSON_STR);
        j->str = read_string(r);
        return j;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        size_t st = r->i;
        while (r->i < r->n && strchr("+-0123456789.eE", r->s[r->i]))
            r->i++;
        Json *j = node(JSON_NUM);
        j->str = xstrndup(r->s + st, r->i - st);
        return j;
    }
    static const struct { const char *w; int type; } words[] = {
        {"true", JSON_BOOL}, {"false", JSON_BOOL}, {"null", JSON_NULL}};
    for (size_t k = 0; k < 3; k++) {
        size_t l = strlen(words[k].w);
        if (r->n - r->i >= l && memcmp(r->s + r->i, words[k].w, l) == 0) {
            r->i += l;
            return node(words[k].type);
        }
    }
    return NULL;
}

Json *json_parse(const char *s, size_t n)
{
    Reader r = {s, n, 0, 0};
    Json *all = node(JSON_ARR);
    /* tolerate a CDATA or comment wrapper around the JSON */
    for (;;) {
        skip_ws(&r);
        while (r.i < r.n && r.s[r.i] != '{' && r.s[r.i] != '[')
            r.i++;
        if (r.i >= r.n)
            break;
        size_t before = r.i;
        Json *v = read_value(&r);
        if (!v)
            break;
        push(all, NULL, v);
        if (r.i == before)
            break;
    }
    return all;
}

void json_free(Json *j)
{
    if (!j)
        return;
    for (size_t k = 0; k < j->n; k++) {
        json_free(j->items[k]);
        if (j->keys)
            free(j->keys[k]);
    }
    free(j->items);
    free(j->keys);
    free(j->str);
    free(j);
}

const Json *json_get(const Json *obj, const char *key)
{
    if (!obj || obj->type != JSON_OBJ)
        return NULL;
    for (size_t k = 0; k < obj->n; k++)
        if (obj->keys[k] && strcmp(obj->keys[k], key) == 0)
            return obj->items[k];
    return NULL;
}

const char *json_text(const Json *v)
{
    if (!v)
        return NULL;
    if (v->type == JSON_STR)
        return v->str;
    if (v->type == JSON_OBJ) {
        const Json *x = json_get(v, "name");
        if (!x)
            x = json_get(v, "@value");
        return x && x->type == JSON_STR ? x->str : NULL;
    }
    return NULL;
}
