/* html: the HTML front end.  Page text (UTF-8) in, blocks and metadata out.
 *
 * Owns: the pre-pass that removes what needs no tree (script, style, SVG,
 * comments: JSON-LD is kept aside for the metadata) and caps nesting depth
 * so gumbo stays fast on hostile input; the gumbo parse; the walk that turns
 * the tree into blocks with markup features (tag, links, class/id hints,
 * semantic containers); and reading <head> metadata.
 */
#ifndef LEDE_HTML_H
#define LEDE_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "page.h"

/* Nesting deeper than this is flattened before parsing. */
#define HTML_MAX_DEPTH 400

void html_read(Page *pg, const char *s, size_t n);
/* The paragraphs of an HTML fragment (Meta's script_html), one a line, but
 * for those in figures and boilerplate boxes; NULL when it has none.  The
 * fragment gets the same pre-pass as a page. */
char *html_paragraphs(const char *s, size_t n);
/* True when the first bytes look like HTML (for --input=auto). */
bool html_sniff(const char *s, size_t n);

#endif
