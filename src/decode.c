/* decode: page bytes to clean UTF-8. */
#include "decode.h"

#include <errno.h>
#include <stdint.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "text.h"
#include "words.h"


static void canonical(const char *label, char *out, size_t cap)
{
    /* labels that browsers read as a wider charset (src/words/decode-aliases.txt) */
    for (const char *const *a = words_decode_aliases; *a; a++) {
        size_t n = strcspn(*a, " ");
        if (strlen(label) == n && strncasecmp(label, *a, n) == 0) {
            snprintf(out, cap, "%s", *a + n + 1);
            return;
        }
    }
    size_t k = 0;
    for (; label[k] && k + 1 < cap; k++) {
        char c = label[k];
        out[k] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    out[k] = '\0';
}

bool decode_known(const char *label)
{
    char name[40];
    canonical(label, name, sizeof name);
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1)
        return false;
    iconv_close(cd);
    return true;
}

static bool is_utf8_name(const char *name)
{
    return strcasecmp(name, "UTF-8") == 0;
}

/* Valid UTF-8 (or plain ASCII) into clean form: invalid bytes become
 * U+FFFD, NULs go. */
static void from_utf8(const char *p, size_t n, Buf *b)
{
    buf_reserve(b, n);
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x80) {
            size_t j = i;
            while (j < n && (unsigned char)p[j] < 0x80 && p[j])
                j++;
            if (j > i) {
                buf_add(b, p + i, j - i);
                i = j;
            } else {
                i++; /* a NUL goes */
            }
            continue;
        }
        int32_t cp;
        size_t k = utf8_decode(p, n, i, &cp);
        if (k > 1)
            buf_add(b, p + i, k);
        else
            utf8_encode(b, 0xFFFD);
        i += k;
    }
}

static bool convert(const char *p, size_t n, const char *name, Buf *b)
{
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1)
        return false;
    Buf raw = {0};
    buf_reserve(&raw, n * 2 + 16);
    char *in = (char *)p;
    size_t inleft = n;
    while (inleft > 0) {
        buf_reserve(&raw, inleft * 2 + 16);
        char *out = raw.p + raw.len;
        size_t outleft = raw.cap - raw.len - 1, before = outleft;
        size_t r = iconv(cd, &in, &inleft, &out, &outleft);
        raw.len += before - outleft;
        if (r == (size_t)-1) {
            if (errno == E2BIG)
                continue;
            /* EILSEQ or EINVAL: one bad byte becomes U+FFFD */
            utf8_encode(&raw, 0xFFFD);
            in++;
            inleft--;
            iconv(cd, NULL, NULL, NULL, NULL);
        }
    }
    iconv_close(cd);
    from_utf8(raw.p, raw.len, b);
    buf_free(&raw);
    return true;
}

static bool only_ascii(const char *p, size_t n)
{
    size_t i = 0;
    uint64_t acc = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, p + i, 8);
        acc |= v;
    }
    for (; i < n; i++)
        acc |= (unsigned char)p[i];
    return !(acc & 0x8080808080808080ull);
}

/* Copy a charset label that starts at s into name; true if any. */
static bool take_label(const char *s, const char *end, char *name, size_t cap)
{
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
        s++;
    if (s < end && *s == '=')
        s++;
    else
        return false;
    while (s < end && (*s == ' ' || *s == '"' || *s == '\'' || *s == '\t' || *s == '\n'))
        s++;
    size_t k = 0;
    while (s < end && k + 1 < cap &&
           ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
            *s == '-' || *s == '_' || *s == '.' || *s == ':'))
        name[k++] = *s++;
    name[k] = '\0';
    return k > 0;
}

static const char *find_ci(const char *s, const char *end, const char *needle)
{
    size_t k = strlen(needle);
    for (; s + k <= end; s++)
        if (strncasecmp(s, needle, k) == 0)
            return s;
    return NULL;
}

bool decode_declared(const char *p, size_t n, char *name, size_t cap)
{
    const char *end = p + n;
    if (n > 6 && strncmp(p, "<?xml", 5) == 0) {
        const char *close = memchr(p, '>', n);
        const char *enc = close ? find_ci(p, close, "encoding") : NULL;
        if (enc && take_label(enc + 8, close, name, cap))
            return true;
    }
    /* Only the head: stop at <body, and give up after 1 MB. */
    const char *stop = find_ci(p, n > (1u << 20) ? p + (1u << 20) : end, "<body");
    if (!stop)
        stop = n > (1u << 20) ? p + (1u << 20) : end;
    const char *s = p;
    while ((s = find_ci(s, stop, "<meta")) != NULL) {
        const char *close = memchr(s, '>', (size_t)(end - s));
        if (!close)
            break;
        const char *cs = s;
        while ((cs = find_ci(cs, close, "charset")) != NULL) {
            if (take_label(cs + 7, close, name, cap))
                return true;
            cs += 7;
        }
        s = close;
    }
    return false;
}

void decode_page(const char *p, size_t n, const char *forced, const char *transport,
                 bool look_in_page, Decoded *out)
{
    Buf b = {0};
    char name[40] = "";
    int valid = -1; /* the bytes as UTF-8: -1 not known yet */
    out->warning[0] = '\0';
    out->text = NULL;
    const unsigned char *u = (const unsigned char *)p;

    if (forced && *forced) {
        canonical(forced, name, sizeof name);
        if (!is_utf8_name(name) && convert(p, n, name, &b))
            goto done;
        /* (an unknown name: the command line said so once, not a page at
         * a time; the page is read as if none was forced) */
        if (is_utf8_name(name))
            goto utf8;
    }
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        p += 3;
        n -= 3;
        goto utf8;
    }
    if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        snprintf(name, sizeof name, "UTF-16LE");
        convert(p + 2, n - 2, name, &b);
        goto done;
    }
    if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        snprintf(name, sizeof name, "UTF-16BE");
        convert(p + 2, n - 2, name, &b);
        goto done;
    }
    bool ascii = only_ascii(p, n);
    valid = ascii || utf8_valid(p, n);
    if (!ascii && valid)
        goto utf8;
    char label[40];
    const char *declared[2] = {transport, NULL};
    if (look_in_page && decode_declared(p, n, label, sizeof label))
        declared[1] = label;
    for (int i = 0; i < 2; i++) {
        if (!declared[i] || !*declared[i])
            continue;
        canonical(declared[i], name, sizeof name);
        if (is_utf8_name(name))
            goto utf8;
        /* UTF-16 declared in a page that parsed as ASCII is a lie. */
        if (strncasecmp(name, "UTF-16", 6) == 0 || strncasecmp(name, "UTF-32", 6) == 0)
            continue;
        if (ascii && strncasecmp(name, "ISO-2022", 8) != 0 && strcasecmp(name, "UTF-7") != 0)
            goto utf8;
        if (convert(p, n, name, &b))
            goto done;
        if (!out->warning[0])
            snprintf(out->warning, sizeof out->warning, "unknown charset '%.60s'", declared[i]);
    }
    if (ascii)
        goto utf8;
    snprintf(name, sizeof name, "WINDOWS-1252");
    if (convert(p, n, name, &b))
        goto done;
utf8:
    snprintf(name, sizeof name, "UTF-8");
    if (valid < 0)
        valid = utf8_valid(p, n);
    if (valid && !memchr(p, '\0', n)) {
        /* nothing to mend: the caller's bytes are the text */
        snprintf(out->charset, sizeof out->charset, "%s", name);
        out->text = NULL;
        out->borrowed = p;
        out->len = n;
        return;
    }
    from_utf8(p, n, &b);
done:
    if (!b.p)
        buf_reserve(&b, 0);
    snprintf(out->charset, sizeof out->charset, "%s", name);
    out->len = b.len;
    out->text = buf_take(&b);
    out->borrowed = out->text;
}
