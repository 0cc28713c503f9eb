/* url_resolve: RFC 3986 section 5.4's examples, and what pages give. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "url.h"

static int failed, count;

static void eq(const char *base, const char *ref, const char *want)
{
    char *got = url_resolve(base, ref);
    bool ok = !strcmp(got, want);
    printf("%sok %d - url_resolve(%s, \"%s\")\n", ok ? "" : "not ", ++count, base ? base : "NULL", ref);
    if (!ok) {
        printf("#   want %s, got %s\n", want, got);
        failed++;
    }
    free(got);
}

int main(void)
{
    const char *b = "http://a/b/c/d;p?q";
    /* RFC 3986 5.4.1 normal examples */
    eq(b, "g:h", "g:h");
    eq(b, "g", "http://a/b/c/g");
    eq(b, "./g", "http://a/b/c/g");
    eq(b, "g/", "http://a/b/c/g/");
    eq(b, "/g", "http://a/g");
    eq(b, "//g", "http://g");
    eq(b, "?y", "http://a/b/c/d;p?y");
    eq(b, "g?y", "http://a/b/c/g?y");
    eq(b, "#s", "http://a/b/c/d;p?q#s");
    eq(b, "g#s", "http://a/b/c/g#s");
    eq(b, "g?y#s", "http://a/b/c/g?y#s");
    eq(b, ";x", "http://a/b/c/;x");
    eq(b, "g;x", "http://a/b/c/g;x");
    eq(b, "", "http://a/b/c/d;p?q");
    eq(b, ".", "http://a/b/c/");
    eq(b, "./", "http://a/b/c/");
    eq(b, "..", "http://a/b/");
    eq(b, "../", "http://a/b/");
    eq(b, "../g", "http://a/b/g");
    eq(b, "../..", "http://a/");
    eq(b, "../../", "http://a/");
    eq(b, "../../g", "http://a/g");
    /* 5.4.2 abnormal examples */
    eq(b, "../../../g", "http://a/g");
    eq(b, "../../../../g", "http://a/g");
    eq(b, "/./g", "http://a/g");
    eq(b, "/../g", "http://a/g");
    eq(b, "g.", "http://a/b/c/g.");
    eq(b, ".g", "http://a/b/c/.g");
    eq(b, "g..", "http://a/b/c/g..");
    eq(b, "..g", "http://a/b/c/..g");
    eq(b, "./../g", "http://a/b/g");
    eq(b, "./g/.", "http://a/b/c/g/");
    eq(b, "g/./h", "http://a/b/c/g/h");
    eq(b, "g/../h", "http://a/b/c/h");
    eq(b, "g;x=1/./y", "http://a/b/c/g;x=1/y");
    eq(b, "g;x=1/../y", "http://a/b/c/y");
    /* what pages give */
    eq("https://news.example.org", "pics/a.jpg", "https://news.example.org/pics/a.jpg");
    eq("https://news.example.org", "?page=2", "https://news.example.org/?page=2");
    eq("https://news.example.org/2024/05/bridge.html", " /img/b.jpg\n", "https://news.example.org/img/b.jpg");
    eq("https://news.example.org/a/", "//cdn.example.net/x.png", "https://cdn.example.net/x.png");
    eq(NULL, "pics/a.jpg", "pics/a.jpg");
    eq("/2024/05/bridge.html", "a.jpg", "a.jpg");
    eq("mailto:desk@example.org", "a.jpg", "a.jpg");
    return failed != 0;
}
