/* json.c - a small recursive-descent JSON reader (see json.h). */
#include "json.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "utf8.h"

struct parser {
	const char *s, *p;
	char *err;
	size_t errlen;
	int failed;
	int oom;
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
	snprintf(ps->err, ps->errlen, "line %d column %d (byte offset %zu): %s",
		 line, col, (size_t)(ps->p - ps->s), what);
	ps->failed = 1;
}

/* Every allocation failure comes here: the input was not at fault. */
static void *nomem(struct parser *ps)
{
	if (!ps->failed) {
		snprintf(ps->err, ps->errlen, "out of memory");
		ps->failed = ps->oom = 1;
	}
	return NULL;
}

static void ws(struct parser *ps)
{
	while (*ps->p == ' ' || *ps->p == '\n' || *ps->p == '\t' || *ps->p == '\r')
		ps->p++;
}

static struct json *node(struct parser *ps, enum json_type t)
{
	struct json *j = calloc(1, sizeof *j);
	if (!j)
		return nomem(ps);
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
	} else if (cp < 0x10000) {
		*(*o)++ = (char)(0xe0 | cp >> 12);
		*(*o)++ = (char)(0x80 | ((cp >> 6) & 0x3f));
		*(*o)++ = (char)(0x80 | (cp & 0x3f));
	} else {
		*(*o)++ = (char)(0xf0 | cp >> 18);
		*(*o)++ = (char)(0x80 | ((cp >> 12) & 0x3f));
		*(*o)++ = (char)(0x80 | ((cp >> 6) & 0x3f));
		*(*o)++ = (char)(0x80 | (cp & 0x3f));
	}
}

/* The four hex digits after "\u" at q; -1 when they are not. */
static long hex4(const char *q)
{
	long v = 0;
	for (int i = 2; i < 6; i++) {
		char c = q[i];
		int d = c >= '0' && c <= '9' ? c - '0'
			: c >= 'a' && c <= 'f' ? c - 'a' + 10
			: c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		if (d < 0)
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/* A "\uXXXX" escape (a surrogate pair takes two) at ps->p, written to *o.
   NUL and unpaired surrogates are refused: neither is a character a
   report could show. */
static int unicode_escape(struct parser *ps, char **o)
{
	long cp = hex4(ps->p);
	if (cp < 0) {
		fail(ps, "\\u not followed by four hex digits");
		return -1;
	}
	if (cp == 0) {
		fail(ps, "\\u0000 in a string");
		return -1;
	}
	if (cp >= 0xdc00 && cp <= 0xdfff) {
		fail(ps, "unpaired surrogate in a \\u escape");
		return -1;
	}
	if (cp >= 0xd800 && cp <= 0xdbff) {
		long lo = ps->p[6] == '\\' && ps->p[7] == 'u' ? hex4(ps->p + 6) : -1;
		if (lo < 0xdc00 || lo > 0xdfff) {
			fail(ps, "unpaired surrogate in a \\u escape");
			return -1;
		}
		cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
		ps->p += 6;
	}
	put_utf8(o, (unsigned)cp);
	ps->p += 6;
	return 0;
}

static char *string(struct parser *ps)
{
	if (*ps->p != '"') {
		fail(ps, "expected a string");
		return NULL;
	}
	const char *start = ps->p + 1, *q = start;
	while (*q && *q != '"') {
		if (*q == '\\' && q[1])
			q++;
		q++;
	}
	if (*q != '"') {
		ps->p = q;
		fail(ps, "unterminated string");
		return NULL;
	}
	/* escapes only shrink: "\uXXXX" is at most 3 bytes, a pair 4 */
	char *out = malloc((size_t)(q - start) + 1), *o = out;
	if (!out)
		return nomem(ps);
	ps->p = start;
	while (ps->p < q) {
		unsigned char c = (unsigned char)*ps->p;
		if (c < 0x20) {
			fail(ps, "control character in a string");
			goto bad;
		}
		if (c >= 0x80) {
			size_t n = utf8_char_len(ps->p, q);
			if (!n) {
				fail(ps, "invalid UTF-8 in a string");
				goto bad;
			}
			memcpy(o, ps->p, n);
			o += n;
			ps->p += n;
			continue;
		}
		if (c != '\\') {
			*o++ = (char)c;
			ps->p++;
			continue;
		}
		switch (ps->p[1]) {
		case '"': *o++ = '"'; break;
		case '\\': *o++ = '\\'; break;
		case '/': *o++ = '/'; break;
		case 'n': *o++ = '\n'; break;
		case 't': *o++ = '\t'; break;
		case 'r': *o++ = '\r'; break;
		case 'b': *o++ = '\b'; break;
		case 'f': *o++ = '\f'; break;
		case 'u':
			if (unicode_escape(ps, &o))
				goto bad;
			continue;
		default:
			fail(ps, "invalid escape in a string");
			goto bad;
		}
		ps->p += 2;
	}
	*o = 0;
	ps->p = q + 1;
	return out;
bad:
	free(out);
	return NULL;
}

static struct json *value(struct parser *ps);

static int append(struct parser *ps, struct json *j, char *key, struct json *v)
{
	if ((j->n & (j->n + 1)) == 0 || j->n == 0) {
		size_t cap = j->n ? (j->n + 1) * 2 : 4;
		struct json **it = realloc(j->items, cap * sizeof *it);
		if (!it) {
			nomem(ps);
			return -1;
		}
		j->items = it;
		if (j->type == JSON_OBJECT) {
			char **k = realloc(j->keys, cap * sizeof *k);
			if (!k) {
				nomem(ps);
				return -1;
			}
			j->keys = k;
		}
	}
	if (j->type == JSON_OBJECT)
		j->keys[j->n] = key;
	j->items[j->n++] = v;
	return 0;
}

static int cmp_key(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A key given twice makes the object mean what one reader or another
   chooses (json_get returns the first, most readers the last): refused.
   Small objects are checked key by key as read, at the key; larger ones
   once, sorted, at their end. */
#define KEYS_CHECKED_AS_READ 32

static int repeated_key(struct parser *ps, struct json *j)
{
	const char *dup = NULL;
	if (j->n <= KEYS_CHECKED_AS_READ) {
		for (size_t i = 0; i + 1 < j->n && !dup; i++)
			if (strcmp(j->keys[i], j->keys[j->n - 1]) == 0)
				dup = j->keys[i];
	} else {
		char **k = malloc(j->n * sizeof *k);
		if (!k) {
			nomem(ps);
			return -1;
		}
		memcpy(k, j->keys, j->n * sizeof *k);
		qsort(k, j->n, sizeof *k, cmp_key);
		for (size_t i = 0; i + 1 < j->n && !dup; i++)
			if (strcmp(k[i], k[i + 1]) == 0)
				dup = k[i];
		free(k);
	}
	if (dup) {
		char what[160];
		snprintf(what, sizeof what, "key \"%.100s\" given twice in one object", dup);
		fail(ps, what);
		return -1;
	}
	return 0;
}

static struct json *container(struct parser *ps, int obj)
{
	struct json *j = node(ps, obj ? JSON_OBJECT : JSON_ARRAY);
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
		const char *at = NULL;
		ws(ps);
		if (obj) {
			at = ps->p;
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
		if (!v || ps->failed || append(ps, j, key, v)) {
			free(key);
			json_free(v);
			break;
		}
		if (obj && j->n <= KEYS_CHECKED_AS_READ) {
			const char *here = ps->p;
			ps->p = at;
			int bad = repeated_key(ps, j);
			ps->p = here;
			if (bad)
				break;
		}
		ws(ps);
		if (*ps->p == ',') {
			ps->p++;
			continue;
		}
		if (*ps->p == (obj ? '}' : ']')) {
			if (obj && j->n > KEYS_CHECKED_AS_READ && repeated_key(ps, j))
				break;
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

/* RFC 8259 section 6: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
   strtod alone would also take "nan", "inf", hex and "1e999". */
static struct json *number(struct parser *ps)
{
	const char *p = ps->p, *q = p;
	if (*q == '-')
		q++;
	if (!strncasecmp(q, "nan", 3) || !strncasecmp(q, "inf", 3)) {
		fail(ps, "NaN or infinity (not a JSON number)");
		return NULL;
	}
	if (*q == '0')
		q++;
	else if (*q >= '1' && *q <= '9')
		while (*q >= '0' && *q <= '9')
			q++;
	else
		goto bad;
	if (*q == '.') {
		if (!(*++q >= '0' && *q <= '9'))
			goto bad;
		while (*q >= '0' && *q <= '9')
			q++;
	}
	if (*q == 'e' || *q == 'E') {
		q++;
		if (*q == '+' || *q == '-')
			q++;
		if (!(*q >= '0' && *q <= '9'))
			goto bad;
		while (*q >= '0' && *q <= '9')
			q++;
	}
	char *end;
	double d = strtod(p, &end);
	if (end != q)
		goto bad;
	if (!isfinite(d)) {
		fail(ps, "number too large for a double");
		return NULL;
	}
	struct json *j = node(ps, JSON_NUMBER);
	if (j)
		j->number = d;
	ps->p = q;
	return j;
bad:
	fail(ps, "bad number");
	return NULL;
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
		struct json *j = node(ps, JSON_STRING);
		if (j)
			j->string = s;
		else
			free(s);
		return j;
	}
	if (!strncmp(p, "true", 4) || !strncmp(p, "false", 5)) {
		struct json *j = node(ps, JSON_BOOL);
		if (j)
			j->number = *p == 't';
		ps->p += *p == 't' ? 4 : 5;
		return j;
	}
	if (!strncmp(p, "null", 4)) {
		ps->p += 4;
		return node(ps, JSON_NULL);
	}
	if (*p == '-' || (*p >= '0' && *p <= '9') || !strncasecmp(p, "nan", 3) ||
	    !strncasecmp(p, "inf", 3))
		return number(ps);
	fail(ps, *p ? "unexpected character" : "unexpected end of input");
	return NULL;
}

struct json *json_parse_n(const char *text, size_t len, char *err, size_t errlen,
			  int *oom)
{
	struct parser ps = { text, text, err, errlen, 0, 0, 0 };
	struct json *j = NULL;
	const char *nul = memchr(text, 0, len);
	if (oom)
		*oom = 0;
	if (nul) {
		ps.p = nul;
		fail(&ps, "NUL byte in the input");
	} else {
		j = value(&ps);
		if (!ps.failed) {
			ws(&ps);
			if (*ps.p)
				fail(&ps, "trailing characters after the value");
		}
	}
	if (ps.failed || !j) {
		if (!ps.failed)
			nomem(&ps);
		if (oom)
			*oom = ps.oom;
		json_free(j);
		return NULL;
	}
	return j;
}

struct json *json_parse(const char *text, char *err, size_t errlen)
{
	return json_parse_n(text, strlen(text), err, errlen, NULL);
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
