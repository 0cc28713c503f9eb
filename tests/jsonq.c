/* jsonq: a small JSON checker and query tool for the test suite, so the
 * tests need neither python nor jq.
 *
 * usage: jsonq [PATH]...   < JSON Lines
 *
 * Checks that standard input is valid UTF-8 and that every line is one
 * valid JSON value; exits 1 (with a message) if not.  For each PATH, prints
 * the value found at that path in the first line: strings raw, other values
 * as JSON, "#KEY" for the length of an array.  PATH is dot-separated keys
 * and array indexes (negative counts from the end): dateline.city,
 * paragraphs.0, paragraphs.-1, #paragraphs.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *s;
    size_t n, i;
    const char *err;
} P;

static void ws(P *p)
{
    while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '\r'))
        p->i++;
}

static bool value(P *p);

static bool string(P *p)
{
    if (p->i >= p->n || p->s[p->i] != '"')
        return p->err = "expected string", false;
    p->i++;
    while (p->i < p->n) {
        unsigned char c = (unsigned char)p->s[p->i];
        if (c == '"') {
            p->i++;
            return true;
        }
        if (c < 0x20)
            return p->err = "control character in string", false;
        if (c == '\\') {
            p->i++;
            if (p->i >= p->n)
                break;
            char e = p->s[p->i];
            if (e == 'u') {
                for (int k = 1; k <= 4; k++) {
                    char h = p->i + (size_t)k < p->n ? p->s[p->i + (size_t)k] : 0;
                    if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F')))
                        return p->err = "bad \\u escape", false;
                }
                p->i += 5;
                continue;
            }
            if (!strchr("\"\\/bfnrt", e))
                return p->err = "bad escape", false;
        }
        p->i++;
    }
    return p->err = "unterminated string", false;
}

static bool number(P *p)
{
    size_t st = p->i;
    if (p->i < p->n && p->s[p->i] == '-')
        p->i++;
    while (p->i < p->n && strchr("0123456789.eE+-", p->s[p->i]))
        p->i++;
    return p->i > st ? true : (p->err = "bad value", false);
}

static bool value(P *p)
{
    ws(p);
    if (p->i >= p->n)
        return p->err = "unexpected end", false;
    char c = p->s[p->i];
    if (c == '"')
        return string(p);
    if (c == '{' || c == '[') {
        char close = c == '{' ? '}' : ']';
        p->i++;
        ws(p);
        if (p->i < p->n && p->s[p->i] == close) {
            p->i++;
            return true;
        }
        for (;;) {
            if (c == '{') {
                ws(p);
                if (!string(p))
                    return false;
                ws(p);
                if (p->i >= p->n || p->s[p->i] != ':')
                    return p->err = "expected ':'", false;
                p->i++;
            }
            if (!value(p))
                return false;
            ws(p);
            if (p->i < p->n && p->s[p->i] == ',') {
                p->i++;
                continue;
            }
            if (p->i < p->n && p->s[p->i] == close) {
                p->i++;
                return true;
            }
            return p->err = "expected ',' or close", false;
        }
    }
    if (!strncmp(p->s + p->i, "true", 4) && p->n - p->i >= 4)
        return p->i += 4, true;
    if (!strncmp(p->s + p->i, "false", 5) && p->n - p->i >= 5)
        return p->i += 5, true;
    if (!strncmp(p->s + p->i, "null", 4) && p->n - p->i >= 4)
        return p->i += 4, true;
    return number(p);
}

static bool utf8_ok(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!len || i + len > n || (len > 1 && c < 0xC2) || c > 0xF4)
            return false;
        for (size_t k = 1; k < len; k++)
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
        i += len;
    }
    return true;
}

/* The number of values in the array at p->i (which is '['). */
static long array_length(P *p)
{
    long count = 0;
    p->i++;
    ws(p);
    if (p->s[p->i] == ']')
        return 0;
    for (;;) {
        value(p);
        count++;
        ws(p);
        if (p->s[p->i] != ',')
            return count;
        p->i++;
    }
}

/* Find the value at path in the JSON text starting at p->i. */
static bool find(P *p, const char *path)
{
    while (*path) {
        const char *dot = strchr(path, '.');
        size_t klen = dot ? (size_t)(dot - path) : strlen(path);
        ws(p);
        char c = p->i < p->n ? p->s[p->i] : 0;
        if (c == '{') {
            p->i++;
            bool found = false;
            for (;;) {
                ws(p);
                if (p->s[p->i] == '}')
                    return false;
                size_t ks = p->i + 1;
                string(p);
                size_t ke = p->i - 1;
                ws(p);
                p->i++; /* ':' */
                ws(p);
                if (ke - ks == klen && !strncmp(p->s + ks, path, klen)) {
                    found = true;
                    break;
                }
                value(p);
                ws(p);
                if (p->s[p->i] == ',')
                    p->i++;
            }
            if (!found)
                return false;
        } else if (c == '[') {
            long want = strtol(path, NULL, 10);
            P q = *p;
            long count = array_length(&q); /* for negative indexes */
            if (want < 0)
                want += count;
            if (want < 0 || want >= count)
                return false;
            p->i++;
            for (long k = 0; k < want; k++) {
                value(p);
                ws(p);
                p->i++;
            }
            ws(p);
        } else {
            return false;
        }
        path += klen + (dot ? 1 : 0);
    }
    return true;
}

static void print_value(P *p)
{
    ws(p);
    size_t st = p->i;
    if (p->s[p->i] == '"') {
        string(p);
        /* print the string with the common escapes undone */
        for (size_t k = st + 1; k + 1 < p->i; k++) {
            char c = p->s[k];
            if (c == '\\') {
                char e = p->s[++k];
                if (e == 'n')
                    putchar('\n');
                else if (e == 't')
                    putchar('\t');
                else if (e == 'u') {
                    printf("\\u%.4s", p->s + k + 1);
                    k += 4;
                } else
                    putchar(e);
            } else {
                putchar(c);
            }
        }
    } else {
        value(p);
        fwrite(p->s + st, 1, p->i - st, stdout);
    }
    putchar('\n');
}

int main(int argc, char **argv)
{
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap);
    while ((got = fread(buf + n, 1, cap - n, stdin)) > 0) {
        n += got;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    if (!utf8_ok((const unsigned char *)buf, n)) {
        fprintf(stderr, "jsonq: input is not valid UTF-8\n");
        return 1;
    }
    size_t line = 0, lines = 0;
    while (line < n) {
        size_t end = line;
        while (end < n && buf[end] != '\n')
            end++;
        P p = {buf + line, end - line, 0, NULL};
        if (!value(&p) || (ws(&p), p.i != p.n)) {
            fprintf(stderr, "jsonq: line %zu: %s at byte %zu\n", lines + 1,
                    p.err ? p.err : "trailing text", p.i);
            return 1;
        }
        lines++;
        line = end + 1;
    }
    if (!lines) {
        fprintf(stderr, "jsonq: no JSON\n");
        return 1;
    }
    size_t first_end = 0;
    while (first_end < n && buf[first_end] != '\n')
        first_end++;
    for (int a = 1; a < argc; a++) {
        P p = {buf, first_end, 0, NULL};
        const char *path = argv[a];
        bool count = path[0] == '#';
        if (!find(&p, path + count)) {
            printf("(missing)\n");
            continue;
        }
        if (count) {
            ws(&p);
            printf("%ld\n", p.s[p.i] == '[' ? array_length(&p) : 0L);
        } else {
            print_value(&p);
        }
    }
    free(buf);
    return 0;
}
