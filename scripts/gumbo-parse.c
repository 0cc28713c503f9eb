/* The baseline for scripts/bench: a bare gumbo parse of each FILE, with
 * the error list off (max_errors = 0, as lede runs it), then free.  Reads
 * each file whole first, as lede does. */
#include <gumbo.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    GumboOptions opts = kGumboDefaultOptions;
    opts.max_errors = 0;
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            perror(argv[i]);
            return 2;
        }
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *buf = malloc((size_t)n + 1);
        if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n)
            return 2;
        fclose(f);
        GumboOutput *out = gumbo_parse_with_options(&opts, buf, (size_t)n);
        gumbo_destroy_output(&opts, out);
        free(buf);
    }
    return 0;
}
