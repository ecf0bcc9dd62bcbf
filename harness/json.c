/* json.c - a small recursive-descent JSON reader (see json.h). */
#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct parser {
	const char *s, *p;
	char *err;
	size_t errlen;
	int failed;
	int depth;
};

static void fail(struct parser *ps, const char *what)
{
	if (ps->failed)
		return;
	int line = 1, col = 1;
	for (const char *q = ps->s; q < ps->p; q++) {
		if (*q == '\n') {
			line++;
			col = 1;
		} else
			col++;
	}
	snprintf(ps->err, ps->errlen, "line %d column %d: %s", line, col, what);
	ps->failed = 1;
}

static void ws(struct parser *ps)
{
	while (*ps->p == ' ' || *ps->p == '\n' || *ps->p == '\t' || *ps->p == '\r')
		ps->p++;
}

static struct json *node(enum json_type t)
{
	struct json *j = calloc(1, sizeof *j);
	if (j)
		j->type = t;
	return j;
}

static void put_utf8(char **o, unsigned cp)
{
	if (cp < 0x80)
		*(*o)++ = (char)cp;
	else if (cp < 0x800) {
		*(*o)++ = (char)(0xc0 | cp >> 6);
		*(*o)++ = (char)(0x80 | (cp & 0x3f));
	} else {
		*(*o)++ = (char)(0xe0 | cp >> 12);
		*(*o)++ = (char)(0x80 | ((cp >> 6) & 0x3f));
		*(*o)++ = (char)(0x80 | (cp & 0x3f));
	}
}

static char *string(struct parser *ps)
{
	if (*ps->p != '"') {
		fail(ps, "expected a string");
		return NULL;
	}
	const char *start = ++ps->p;
	size_t n = 0;
	while (*ps->p && *ps->p != '"') {
		if (*ps->p == '\\' && ps->p[1])
			ps->p++;
		ps->p++;
		n++;
	}
	if (*ps->p != '"') {
		fail(ps, "unterminated string");
		return NULL;
	}
	char *out = malloc(n * 3 + 1), *o = out;
	if (!out)
		return NULL;
	for (const char *q = start; q < ps->p; q++) {
		if (*q != '\\') {
			if ((unsigned char)*q < 0x20) {
				fail(ps, "control character in string");
				free(out);
				return NULL;
			}
			*o++ = *q;
			continue;
		}
		q++;
		switch (*q) {
		case 'n': *o++ = '\n'; break;
		case 't': *o++ = '\t'; break;
		case 'r': *o++ = '\r'; break;
		case 'b': *o++ = '\b'; break;
		case 'f': *o++ = '\f'; break;
		case 'u': {
			char hex[5] = { 0 };
			for (int i = 0; i < 4; i++) {
				if (!q[1 + i]) {
					fail(ps, "bad \\u escape");
					free(out);
					return NULL;
				}
				hex[i] = q[1 + i];
			}
			put_utf8(&o, (unsigned)strtoul(hex, NULL, 16));
			q += 4;
			break;
		}
		default: *o++ = *q;
		}
	}
	*o = 0;
	ps->p++;
	return out;
}

static struct json *value(struct parser *ps);

static int append(struct json *j, char *key, struct json *v)
{
	if ((j->n & (j->n + 1)) == 0 || j->n == 0) {
		size_t cap = j->n ? (j->n + 1) * 2 : 4;
		struct json **it = realloc(j->items, cap * sizeof *it);
		if (!it)
			return -1;
		j->items = it;
		if (j->type == JSON_OBJECT) {
			char **k = realloc(j->keys, cap * sizeof *k);
			if (!k)
				return -1;
			j->keys = k;
		}
	}
	if (j->type == JSON_OBJECT)
		j->keys[j->n] = key;
	j->items[j->n++] = v;
	return 0;
}

static struct json *container(struct parser *ps, int obj)
{
	struct json *j = node(obj ? JSON_OBJECT : JSON_ARRAY);
	if (!j)
		return NULL;
	if (++ps->depth > 64) {
		fail(ps, "nested too deeply");
		return j;
	}
	ps->p++;
	ws(ps);
	if (*ps->p == (obj ? '}' : ']')) {
		ps->p++;
		ps->depth--;
		return j;
	}
	for (;;) {
		char *key = NULL;
		ws(ps);
		if (obj) {
			key = string(ps);
			if (!key)
				break;
			ws(ps);
			if (*ps->p != ':') {
				fail(ps, "expected ':'");
				free(key);
				break;
			}
			ps->p++;
		}
		struct json *v = value(ps);
		if (!v || ps->failed || append(j, key, v)) {
			free(key);
			json_free(v);
			break;
		}
		ws(ps);
		if (*ps->p == ',') {
			ps->p++;
			continue;
		}
		if (*ps->p == (obj ? '}' : ']')) {
			ps->p++;
			ps->depth--;
			return j;
		}
		fail(ps, obj ? "expected ',' or '}'" : "expected ',' or ']'");
		break;
	}
	fail(ps, "malformed container");
	return j;
}

static struct json *value(struct parser *ps)
{
	ws(ps);
	const char *p = ps->p;
	if (*p == '{' || *p == '[')
		return container(ps, *p == '{');
	if (*p == '"') {
		char *s = string(ps);
		if (!s)
			return NULL;
		struct json *j = node(JSON_STRING);
		if (j)
			j->string = s;
		else
			free(s);
		return j;
	}
	if (!strncmp(p, "true", 4) || !strncmp(p, "false", 5)) {
		struct json *j = node(JSON_BOOL);
		if (j)
			j->number = *p == 't';
		ps->p += *p == 't' ? 4 : 5;
		return j;
	}
	if (!strncmp(p, "null", 4)) {
		ps->p += 4;
		return node(JSON_NULL);
	}
	if (*p == '-' || (*p >= '0' && *p <= '9')) {
		char *end;
		double d = strtod(p, &end);
		if (end == p) {
			fail(ps, "bad number");
			return NULL;
		}
		ps->p = end;
		struct json *j = node(JSON_NUMBER);
		if (j)
			j->number = d;
		return j;
	}
	fail(ps, *p ? "unexpected character" : "unexpected end of input");
	return NULL;
}

struct json *json_parse(const char *text, char *err, size_t errlen)
{
	struct parser ps = { text, text, err, errlen, 0, 0 };
	struct json *j = value(&ps);
	if (!ps.failed) {
		ws(&ps);
		if (*ps.p)
			fail(&ps, "trailing characters after the value");
	}
	if (ps.failed || !j) {
		if (!ps.failed)
			snprintf(err, errlen, "out of memory");
		json_free(j);
		return NULL;
	}
	return j;
}

void json_free(struct json *j)
{
	if (!j)
		return;
	for (size_t i = 0; i < j->n; i++) {
		if (j->keys)
			free(j->keys[i]);
		json_free(j->items[i]);
	}
	free(j->keys);
	free(j->items);
	free(j->string);
	free(j);
}

const struct json *json_get(const struct json *obj, const char *key)
{
	if (!obj || obj->type != JSON_OBJECT)
		return NULL;
	for (size_t i = 0; i < obj->n; i++)
		if (strcmp(obj->keys[i], key) == 0)
			return obj->items[i];
	return NULL;
}

const char *json_str(const struct json *obj, const char *key, const char *def)
{
	const struct json *v = json_get(obj, key);
	return v && v->type == JSON_STRING ? v->string : def;
}

double json_num(const struct json *obj, const char *key, double def)
{
	const struct json *v = json_get(obj, key);
	return v && v->type == JSON_NUMBER ? v->number : def;
}
