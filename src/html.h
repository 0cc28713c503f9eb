/* html: the HTML front end.  Page text (UTF-8) in, blocks and metadata out.
 *
 * Owns: all parsing of HTML.  The pre-pass that removes what needs no tree
 * (script, style, SVG, comments: JSON-LD and the HTML a script's data
 * carries are kept aside) and caps nesting depth so gumbo stays fast on
 * hostile input; the gumbo parse; the walk that turns the tree into blocks
 * with markup features (tag, links, class/id hints, semantic containers);
 * the <head>'s and the elements' metadata, then the JSON-LD's (meta.c); and
 * the alternate body: the paragraphs of a script's HTML, for a page that
 * renders its text with scripts (Meta's script_paras).
 */
#ifndef LEDE_HTML_H
#define LEDE_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "page.h"

/* Nesting deeper than this is flattened before parsing. */
#define HTML_MAX_DEPTH 400

void html_read(Page *pg, const char *s, size_t n);
/* The name of a block's or container's tag (a Node's tag), for --explain. */
const char *html_tag_name(int tag);
/* True when the first bytes look like HTML (for --input=auto). */
bool html_sniff(const char *s, size_t n);

#endif
