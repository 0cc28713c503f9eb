/* url: making a page's links absolute.
 *
 * Owns: resolving a reference (an href, an image's src) against a base URL
 * as RFC 3986 section 5 says, dot segments included; whether an address is
 * a site's home.  Nothing is fetched and nothing is checked beyond the
 * shape.
 */
#ifndef LEDE_URL_H
#define LEDE_URL_H

#include <stdbool.h>

/* ref made absolute against base, in a new string.  With no usable base (NULL,
 * or none of the form scheme://host...), ref as it is, less the white space
 * around it. */
char *url_resolve(const char *base, const char *ref);

/* Is url a site's home: scheme://host with no path, "/", a query or
 * fragment alone, or an index page? */
bool url_is_home(const char *url);

#endif
