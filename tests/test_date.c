/* Table-driven unit tests of src/date.c: the forms pages print, in ISO. */
#include <stdio.h>
#include <string.h>

#include "date.h"

static const struct {
    const char *in, *want; /* want NULL: no date */
} cases[] = {
    {"2024-09-03T10:21:00-04:00", "2024-09-03T10:21:00-04:00"},
    {"2024-09-03T10:21:00.123Z", "2024-09-03T10:21:00Z"},
    {"2024-09-03 10:21", "2024-09-03T10:21"},
    {"2024-09-03", "2024-09-03"},
    {"2024-10-23T15:48:15+0000", "2024-10-23T15:48:15+00:00"},
    {"Tue, 03 Sep 2024 10:21:00 GMT", "2024-09-03T10:21:00Z"},
    {"September 3, 2024", "2024-09-03"},
    {"Sept. 3, 2024 at 10:21", "2024-09-03T10:21"},
    {"Published 10:21 a.m. ET Sept. 3, 2024", "2024-09-03"},
    {"3. September 2024", "2024-09-03"},
    {"Veröffentlicht am 27.04.24 um 07:39 Uhr", "2024-04-27"},
    {"Do 25.04.24 | 14:07 Uhr", "2024-04-25"},
    {"Version 1.2.3", NULL},
    {"03.09.2024, 10:21", "2024-09-03T10:21"},
    {"3 de septiembre de 2024", "2024-09-03"},
    {"12 mars 2024", "2024-03-12"},
    {"2024/09/03", "2024-09-03"},
    {"20240903", "2024-09-03"},
    {"1713958377000", "2024-04-24T11:32:57Z"},
    {"1725373260", "2024-09-03T14:21:00Z"},
    {"9/23/2024", "2024-09-23"},
    {"April 21st, 2024", "2024-04-21"},
    {"April 2r", NULL}, /* a lone letter after the day at the end (fuzz) */
    {"no date here", NULL},
    {"2024-13-45", NULL},
    {"", NULL},
};

int main(void)
{
    int failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char out[48] = "";
        int got = date_iso(cases[i].in, out, sizeof out);
        int ok = cases[i].want ? got && !strcmp(out, cases[i].want) : !got;
        printf("%s %zu - date: %s\n", ok ? "ok" : "not ok", i + 1, cases[i].in);
        if (!ok) {
            printf("#   want %s, got %s\n", cases[i].want ? cases[i].want : "(none)",
                   got ? out : "(none)");
            failed++;
        }
    }
    return failed != 0;
}
