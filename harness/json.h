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

/* Parses text.  On error returns NULL and writes "line L column C: what"
   into err. */
struct json *json_parse(const char *text, char *err, size_t errlen);
void json_free(struct json *j);
const struct json *json_get(const struct json *obj, const char *key);
/* The string at key, or def when absent or not a string. */
const char *json_str(const struct json *obj, const char *key, const char *def);
double json_num(const struct json *obj, const char *key, double def);

#endif
