/* json: a small, tolerant JSON reader for the JSON-LD that pages embed.
 *
 * Owns: parsing JSON text into a tree, forgiving what real pages get wrong
 * (raw newlines and tabs in strings, trailing commas, a stray comment or
 * CDATA wrapper, several top-level values), with a depth limit so hostile
 * input stays cheap.  A value that cannot be parsed ends the parse; what
 * was read before it is kept.
 */
#ifndef LEDE_JSON_H
#define LEDE_JSON_H

#include <stddef.h>

enum { JSON_NULL, JSON_BOOL, JSON_NUM, JSON_STR, JSON_ARR, JSON_OBJ };

typedef struct Json Json;
struct Json {
    int type;
    char *str;      /* JSON_STR: decoded UTF-8; JSON_NUM: its text */
    Json **items;   /* JSON_ARR values, JSON_OBJ values */
    char **keys;    /* JSON_OBJ keys */
    size_t n;
};

/* Parse all top-level values in s[0..n) into an array value. */
Json *json_parse(const char *s, size_t n);
void json_free(Json *j);
/* The member named key of an object, or NULL. */
const Json *json_get(const Json *obj, const char *key);
/* The string of a value, or of the "name" (then "@value") member of an
 * object; NULL otherwise. */
const char *json_text(const Json *v);

#endif
