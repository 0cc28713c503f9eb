/* body: the article's body, and its structure.
 *
 * Owns: the body's text in reading order (the labelled blocks, the
 * dateline's bytes off the one where the body starts; or the alternate body
 * the classification took), grouped into the Article's blocks:
 *  - HTML, from the markup: subheads (h2-h6), lists (the items of one ul,
 *    ol or dl), quotes (blockquote), code (pre, its lines kept), tables (a
 *    table whose body text is its cells alone: two rows or more, one of
 *    them with two cells or more; a layout table's text stays paragraphs),
 *    and with --images the images that stand among the body's blocks
 *    (never in a nav, an aside, a footer or a form); an element counts up
 *    to the nearest div, section or article around the text, so that a
 *    story laid out in a list or a table is not taken for one;
 *  - raw text, from the lines' shapes: a line that starts with a bullet,
 *    or with "1." or "1)", is a list item; a short line in title case or
 *    capitals between paragraphs is a subhead; rows of cells (plain.c) are
 *    a table; anything else, a paragraph.
 * The entries (paras) follow: a list's items, a table's rows with their
 * cells joined by " | ", each other block's text.  Also the links inside
 * the body (--links), and the lead image when the page declares none: the
 * first image in a figure among the body's blocks.
 */
#ifndef LEDE_BODY_H
#define LEDE_BODY_H

#include "article.h"

/* Fill a's body: paras, blocks, rows and cells, links; and a->image when
 * it is NULL.  URLs are made absolute against base (may be NULL). */
void body_build(const Page *pg, const Roles *ro, const ArticleWant *want, const char *base,
                Article *a);

#endif
