/* url: making a page's links absolute.
 *
 * Owns: resolving a reference (an href, an image's src) against a base URL
 * as RFC 3986 section 5 says, dot segments included.  Nothing is fetched
 * and nothing is checked beyond the shape.
 */
#ifndef LEDE_URL_H
#define LEDE_URL_H

/* ref made absolute against base, in a new string.  With no usable base (NULL,
 * or none of the form scheme://host...), ref as it is, less the white space
 * around it. */
char *url_resolve(const char *base, const char *ref);

#endif
