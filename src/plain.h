/* plain: the raw-text front end.  Page text (UTF-8) in, blocks out.
 *
 * Owns: reading text that was stripped of tags, in its two shapes: one
 * line per block (WET records, scraped copies), and paragraphs wrapped over
 * several lines between blank lines (text dumps, e-mail, wire copy).  The
 * shape is decided once per page, from how often a line runs on into the
 * next.
 */
#ifndef LEDE_PLAIN_H
#define LEDE_PLAIN_H

#include <stddef.h>

#include "page.h"

void plain_read(Page *pg, const char *s, size_t n);

#endif
