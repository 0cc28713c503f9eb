/* url: making a page's links absolute. */
#include "url.h"

#include <stdbool.h>
#include <string.h>

#include "buf.h"
#include "text.h"

/* The length of s's scheme and its colon ("https:" is 6), or 0. */
static size_t scheme_len(const char *s)
{
    if (!((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z'))
        return 0;
    size_t i = 1;
    while (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
           s[i] == '+' || s[i] == '-' || s[i] == '.')
        i++;
    return s[i] == ':' ? i + 1 : 0;
}

/* Append path[0..n) to out without its "." and ".." segments
 * (RFC 3986 5.2.4); out already holds what stands before the path, up to
 * mark, which a ".." never removes. */
static void add_path(Buf *out, size_t mark, const char *path, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t seg = i + 1;
        while (seg < n && path[seg] != '/')
            seg++;
        /* path[i..seg) is "/name", or a first segment without its slash */
        const char *p = path + i;
        size_t l = seg - i;
        bool slash = *p == '/';
        const char *name = slash ? p + 1 : p;
        size_t nl = slash ? l - 1 : l;
        if (nl == 1 && name[0] == '.') {
            if (seg >= n)
                buf_addc(out, '/');
        } else if (nl == 2 && name[0] == '.' && name[1] == '.') {
            while (out->len > mark && out->p[out->len - 1] != '/')
                out->len--;
            if (out->len > mark)
                out->len--;
            if (seg >= n)
                buf_addc(out, '/');
        } else {
            if (!slash && out->len > mark)
                buf_addc(out, '/');
            buf_add(out, p, l);
        }
        i = seg;
    }
    if (out->p)
        out->p[out->len] = '\0';
}

char *url_resolve(const char *base, const char *ref)
{
    while (*ref == ' ' || *ref == '\t' || *ref == '\n' || *ref == '\r')
        ref++;
    size_t rn = strlen(ref);
    while (rn && (ref[rn - 1] == ' ' || ref[rn - 1] == '\t' || ref[rn - 1] == '\n' || ref[rn - 1] == '\r'))
        rn--;
    size_t bs = base ? scheme_len(base) : 0;
    if (scheme_len(ref) || !bs || strncmp(base + bs, "//", 2) != 0)
        return xstrndup(ref, rn);
    Buf out = {0};
    if (rn >= 2 && ref[0] == '/' && ref[1] == '/') {
        buf_add(&out, base, bs);
        buf_add(&out, ref, rn);
        return buf_take(&out);
    }
    /* the base's parts: scheme and authority, path, query */
    size_t auth_end = bs + 2 + strcspn(base + bs + 2, "/?#");
    size_t path_end = auth_end + strcspn(base + auth_end, "?#");
    size_t query_end = path_end + strcspn(base + path_end, "#");
    size_t rp = strcspn(ref, "?#");
    if (rp > rn)
        rp = rn;
    buf_add(&out, base, auth_end);
    size_t mark = out.len;
    const char *tail = ref + rp; /* ref's query and fragment */
    size_t tn = rn - rp;
    if (rp == 0) {
        /* "", "?q" or "#f": the base's path; its query too but for "?q" */
        buf_add(&out, base + auth_end, path_end - auth_end);
        if (!tn || *tail == '#')
            tail = base + path_end, tn = query_end - path_end;
    } else if (ref[0] == '/') {
        add_path(&out, mark, ref, rp);
    } else {
        /* merge: the base's path up to its last slash, then ref's */
        Buf merged = {0};
        size_t dir = path_end;
        while (dir > auth_end && base[dir - 1] != '/')
            dir--;
        if (dir == auth_end)
            buf_addc(&merged, '/');
        else
            buf_add(&merged, base + auth_end, dir - auth_end);
        buf_add(&merged, ref, rp);
        add_path(&out, mark, merged.p, merged.len);
        buf_free(&merged);
    }
    if (out.len == mark)
        buf_addc(&out, '/');
    buf_add(&out, tail, tn);
    if (rp == 0 && rn && *ref == '#')
        buf_add(&out, ref, rn);
    return buf_take(&out);
}

bool url_is_home(const char *url)
{
    const char *p = url ? strstr(url, "://") : NULL;
    if (!p)
        return false;
    p = strchr(p + 3, '/');
    return !p || !p[1] || p[1] == '?' || p[1] == '#' || text_starts_ci(p + 1, "index.");
}
