/* json.h - a small JSON reader for results files (no dependencies). */
#ifndef JSON_H
#define JSON_H

#include <stddef.h>

enum json_type { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT };

struct json {
	enum json_type type;
	double number;     /* NUMBER, BOOL (0/1) */
	char *string;      /* STRING */
	size_t n;          /* ARRAY / OBJECT: number of items */
	char **keys;       /* OBJECT */
	struct json **items;
};

/* Parses the len bytes at text (text[len] must be NUL) as one JSON value
   (RFC 8259), refusing what a report could not show faithfully: NaN and
   infinities, numbers beyond a double, "\u0000", unpaired surrogates,
   invalid UTF-8, a key given twice in one object, a NUL byte, anything
   after the value.  On error returns NULL and writes "line L column C
   (byte offset B): what" into err; when memory ran out instead, err says
   "out of memory" and *oom (if oom is not NULL) is set to 1. */
struct json *json_parse_n(const char *text, size_t len, char *err, size_t errlen,
			  int *oom);
/* The same for a NUL-terminated text. */
struct json *json_parse(const char *text, char *err, size_t errlen);
void json_free(struct json *j);
const struct json *json_get(const struct json *obj, const char *key);
/* The string at key, or def when absent or not a string. */
const char *json_str(const struct json *obj, const char *key, const char *def);
double json_num(const struct json *obj, const char *key, double def);

#endif
