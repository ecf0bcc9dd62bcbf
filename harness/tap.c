/* tap.c - parse a case program's TAP 13 output (see tap.h). */
#include "tap.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *names[TAP_NSTATUS] = { "pass",  "fail",  "skip",
					  "timeout", "xfail", "xpass" };

const char *tap_status_name(enum tap_status s)
{
	return s < TAP_NSTATUS ? names[s] : "?";
}

int tap_status_from_name(const char *name)
{
	for (int i = 0; i < TAP_NSTATUS; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	return -1;
}

static char *dupn(const char *s, size_t n)
{
	char *d = malloc(n + 1);
	if (d) {
		memcpy(d, s, n);
		d[n] = 0;
	}
	return d;
}

static char *trim_dup(const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return dupn(s, n);
}

/* Unquote a YAML double-quoted scalar as fdtest writes it. */
static char *yaml_scalar(const char *v, size_t n)
{
	if (n < 2 || v[0] != '"')
		return trim_dup(v, n);
	char *out = malloc(n + 1), *o = out;
	if (!out)
		return NULL;
	for (size_t i = 1; i < n && v[i] != '"'; i++) {
		if (v[i] == '\\' && i + 1 < n) {
			i++;
			if (v[i] == 'n')
				*o++ = '\n';
			else if (v[i] == 'x' && i + 2 < n) {
				char hex[3] = { v[i + 1], v[i + 2], 0 };
				*o++ = (char)strtol(hex, NULL, 16);
				i += 2;
			} else
				*o++ = v[i];
		} else
			*o++ = v[i];
	}
	*o = 0;
	return out;
}

static int push(struct tap_result *r, struct tap_point p)
{
	if ((r->npoints & (r->npoints - 1)) == 0) {
		size_t cap = r->npoints ? (size_t)r->npoints * 2 : 8;
		struct tap_point *np = realloc(r->points, cap * sizeof *np);
		if (!np)
			return -1;
		r->points = np;
	}
	r->points[r->npoints++] = p;
	return 0;
}

/* "ok 3 - id # SKIP why" */
static int test_line(struct tap_result *r, const char *l, size_t n)
{
	int ok = strncmp(l, "ok", 2) == 0;
	const char *p = l + (ok ? 2 : 6), *end = l + n;
	struct tap_point pt = { 0 };
	pt.duration_ms = -1;
	while (p < end && *p == ' ')
		p++;
	pt.number = (int)strtol(p, (char **)&p, 10);
	while (p < end && (*p == ' ' || *p == '-'))
		p++;
	const char *hash = NULL;
	for (const char *q = p; q < end; q++)
		if (*q == '#' && (q == p || q[-1] == ' ')) {
			hash = q;
			break;
		}
	pt.id = trim_dup(p, (size_t)((hash ? hash : end) - p));
	pt.status = ok ? TAP_PASS : TAP_FAIL;
	if (hash) {
		const char *d = hash + 1;
		while (d < end && *d == ' ')
			d++;
		if (strncasecmp(d, "SKIP", 4) == 0) {
			if (ok)
				pt.status = TAP_SKIP;
			pt.reason = trim_dup(d + 4, (size_t)(end - d - 4));
		} else if (strncasecmp(d, "TODO", 4) == 0) {
			pt.status = ok ? TAP_XPASS : TAP_XFAIL;
			pt.reason = trim_dup(d + 4, (size_t)(end - d - 4));
		}
	}
	return push(r, pt);
}

int tap_parse(const char *text, struct tap_result *r)
{
	memset(r, 0, sizeof *r);
	r->planned = -1;
	struct tap_point *cur = NULL;
	int in_yaml = 0;
	size_t yaml_len = 0;
	for (const char *l = text; *l;) {
		const char *nl = strchr(l, '\n');
		size_t n = nl ? (size_t)(nl - l) : strlen(l);
		if (n && l[n - 1] == '\r')
			n--;
		if (in_yaml) {
			const char *s = l;
			size_t m = n;
			while (m && *s == ' ')
				s++, m--;
			if (m == 3 && strncmp(s, "...", 3) == 0) {
				in_yaml = 0;
			} else if (cur) {
				char *y = realloc(cur->yaml, yaml_len + m + 2);
				if (!y)
					return -1;
				memcpy(y + yaml_len, s, m);
				yaml_len += m;
				y[yaml_len++] = '\n';
				y[yaml_len] = 0;
				cur->yaml = y;
				const char *colon = memchr(s, ':', m);
				if (colon) {
					size_t kl = (size_t)(colon - s);
					const char *v = colon + 1;
					size_t vl = m - kl - 1;
					while (vl && *v == ' ')
						v++, vl--;
					if (kl == 7 && !strncmp(s, "message", 7) && !cur->message)
						cur->message = yaml_scalar(v, vl);
					else if (kl == 11 && !strncmp(s, "duration_ms", 11))
						cur->duration_ms = atof(v);
				}
			}
		} else if (n >= 2 && (strncmp(l, "ok", 2) == 0 &&
				      (n == 2 || l[2] == ' '))) {
			if (test_line(r, l, n))
				return -1;
			cur = &r->points[r->npoints - 1];
		} else if (n >= 6 && strncmp(l, "not ok", 6) == 0 &&
			   (n == 6 || l[6] == ' ')) {
			if (test_line(r, l, n))
				return -1;
			cur = &r->points[r->npoints - 1];
		} else if (n >= 3 && strncmp(l, "1..", 3) == 0) {
			r->planned = atoi(l + 3);
		} else if (n >= 5 && strncmp(l, "  ---", 5) == 0 && cur) {
			in_yaml = 1;
			yaml_len = cur->yaml ? strlen(cur->yaml) : 0;
		} else if (n >= 2 && strncmp(l, "# ", 2) == 0 && cur) {
			/* diagnostics the point printed after its result */
			size_t have = cur->notes ? strlen(cur->notes) : 0;
			char *y = realloc(cur->notes, have + n);
			if (!y)
				return -1;
			memcpy(y + have, l + 2, n - 2);
			y[have + n - 2] = '\n';
			y[have + n - 1] = 0;
			cur->notes = y;
		} else if (strncmp(l, "TAP version 13", 14) == 0) {
			r->version_seen = 1;
		} else if (strncmp(l, "# cite: ", 8) == 0 && !r->cite) {
			r->cite = trim_dup(l + 8, n - 8);
		} else if (strncmp(l, "# case: ", 8) == 0 && !r->summary) {
			r->summary = trim_dup(l + 8, n - 8);
		} else if (strncmp(l, "Bail out!", 9) == 0) {
			r->bailed_out = 1;
		}
		if (!nl)
			break;
		l = nl + 1;
	}
	for (int i = 0; i < r->npoints; i++) {
		struct tap_point *p = &r->points[i];
		if (p->status == TAP_FAIL && p->message &&
		    strncmp(p->message, "timed out", 9) == 0)
			p->status = TAP_TIMEOUT;
	}
	return 0;
}

void tap_result_free(struct tap_result *r)
{
	for (int i = 0; i < r->npoints; i++) {
		free(r->points[i].id);
		free(r->points[i].reason);
		free(r->points[i].message);
		free(r->points[i].yaml);
		free(r->points[i].notes);
	}
	free(r->points);
	free(r->cite);
	free(r->summary);
	memset(r, 0, sizeof *r);
}
