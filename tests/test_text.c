/* Unit tests of src/text.c: the properties of Unicode that its fast paths
 * (and page.c's) take for granted, checked over every code point with the
 * utf8proc that lede is built with; and text_starts_maybe, the filter
 * before word lists. */
#include <stdio.h>
#include <string.h>

#include "text.h"
#include "words.h"

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

    /* the filters built at compile time turn away only what no listed word
     * can start */
    bool all = true;
    for (const char *const *const *l = words_months; *l; l++)
        for (const char *const *w = *l; *w; w++)
            all &= text_starts_maybe(&starts_months, *w);
    check(all, "starts: every month name passes its group's filter");
    check(text_starts_maybe(&starts_months, "JANUARY") && text_starts_maybe(&starts_months, "Jan."),
          "starts: a listed word, in any case of ASCII letters");
    check(text_starts_maybe(&starts_months, "März") && text_starts_maybe(&starts_months_whole, "Ноября"),
          "starts: bytes past ASCII always may");
    check(!text_starts_maybe(&starts_months, "xy") && !text_starts_maybe(&starts_months, "qq"),
          "starts: a first pair no word has is turned away");
    /* a word set finds each of its words, and no other */
    bool found = true;
    for (size_t i = 0; i < WORDS_DATELINE_CITIES_N; i++) {
        const char *w = words_dateline_cities[i];
        uint32_t h = hash_bytes(w, strlen(w)) & set_dateline_cities.mask;
        while (set_dateline_cities.slot[h] && strcmp(words_dateline_cities[set_dateline_cities.slot[h] - 1], w))
            h = (h + 1) & set_dateline_cities.mask;
        found &= set_dateline_cities.slot[h] != 0;
    }
    check(found, "sets: every listed city is in its set");
    /* phrases: the index of the first listed phrase a text starts with */
    check(text_phrase_at(&phrases_page_taxonomy, "Tags: a, b") == 0 &&
              text_phrase_at(&phrases_page_taxonomy, "Tagline") < 0,
          "phrases: a listed phrase found, in any case; a text that is none not");
    check(text_starts_ci("Ähnliche Artikel", "ähnliche") && text_starts_ci("ÜBER", "über") &&
              text_starts_ci("À lire", "à lire") && !text_starts_ci("\xC3\x97x", "\xC3\xB7x"),
          "starts_ci: Latin-1 capitals match their small letters (but for the sign U+00D7)");
    check(text_starts_ci("Ответить", "ответить") && text_starts_ci("ЯБЛОКО", "яблоко") &&
              !text_starts_ci("Ответить", "пответить"),
          "starts_ci: Cyrillic capitals match their small letters");
    check(text_phrase_at(&phrases_page_list_heads, "Über den Autor") >= 0,
          "phrases: a phrase that opens with a Latin-1 capital");
    return failed != 0;
}
