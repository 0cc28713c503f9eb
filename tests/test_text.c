/* Unit tests of src/text.c: the properties of Unicode that its fast paths
 * (and page.c's) take for granted, checked over every code point with the
 * utf8proc that lede is built with; and text_starts_maybe, the filter
 * before word lists. */
#include <stdio.h>
#include <string.h>

#include "text.h"

static int failed, n;

static void check(int ok, const char *what)
{
    n++;
    printf("%s %d - %s\n", ok ? "ok" : "not ok", n, what);
    failed += !ok;
}

int main(void)
{
    /* features() lower-cases only letters in upper or title case: every
     * other letter and digit must be its own lower case */
    int32_t bad = -1;
    for (int32_t c = 0; c < 0x110000 && bad < 0; c++) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        unsigned k = cp_class(c);
        if ((k & (CP_LETTER | CP_DIGIT)) && !(k & CP_UPPER) && cp_tolower(c) != c)
            bad = c;
    }
    if (bad >= 0)
        printf("#   U+%04X is no upper-case letter, yet lower-cases to U+%04X\n", (unsigned)bad,
               (unsigned)cp_tolower(bad));
    check(bad < 0, "a letter or digit not in upper or title case is its own lower case");

    /* the filter turns away only what the list cannot start */
    static const char *const list[] = {"january", "märz", "ноября", NULL};
    TextStarts t = {0};
    for (const char *const *w = list; *w; w++)
        text_starts_add(&t, *w);
    check(text_starts_maybe(&t, "january") && text_starts_maybe(&t, "JANUARY") &&
              text_starts_maybe(&t, "Jan."),
          "starts: a listed word, in any case of ASCII letters");
    check(text_starts_maybe(&t, "März") && text_starts_maybe(&t, "MÄRZ") &&
              text_starts_maybe(&t, "Ноября"),
          "starts: bytes past ASCII always may");
    check(!text_starts_maybe(&t, "june") && !text_starts_maybe(&t, "xy"),
          "starts: a first pair no word has is turned away");
    return failed != 0;
}
