/* results.c - writing and reading a results file (see results.h): the
   one place that knows its fields. */
#include "results.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "json.h"
#include "utf8.h"

/* ---- the fields ------------------------------------------------------------- */

#define K_FORMAT "format"
#define K_ENVIRONMENT "environment"
#define K_UID "uid"
#define K_RUN "run"
#define K_WALL_SECONDS "wall_seconds"
#define K_JOBS "jobs"
#define K_CASE_TIMEOUT "case_timeout_seconds"
#define K_SUMMARY "summary"
#define K_TOTAL "total"
#define K_CASES "cases"
#define K_POINTS "points"
#define K_ID "id"
#define K_STATUS "status"
#define K_DURATION_MS "duration_ms"
#define K_NAME "name"
#define K_CITE "cite"
#define K_EXIT "exit"
#define K_WALL_MS "wall_ms"
#define K_STDERR "stderr"
#define K_BUILD "build"
#define DEFAULT_BUILD "build" /* the build directory when none is named */

/* The environment's fields in the order they are written; "uid", a
   number, is the one with no size. */
static const struct {
	const char *key;
	size_t off, size;
} env_fields[] = {
#define ENV_FIELD(key, member) { key, offsetof(struct results, member), sizeof ((struct results *)0)->member }
	ENV_FIELD(K_NAME, name),
	ENV_FIELD("kernel_release", env.kernel_release),
	ENV_FIELD("kernel_version", env.kernel_version),
	ENV_FIELD("arch", env.arch),
	ENV_FIELD("libc", env.libc),
	ENV_FIELD("libc_version", env.libc_version),
	ENV_FIELD("distro", env.distro),
	{ K_UID, 0, 0 },
	ENV_FIELD("runtime", env.runtime),
	ENV_FIELD("revision", env.revision),
	ENV_FIELD("date", env.date),
	ENV_FIELD("repro", repro),
	ENV_FIELD(K_BUILD, build),
#undef ENV_FIELD
};
#define N_ENV_FIELDS (sizeof env_fields / sizeof env_fields[0])

/* A point's optional strings, written only when present. */
static const struct {
	const char *key;
	size_t off;
} point_texts[] = {
	{ "message", offsetof(struct res_point, message) },
	{ "reason", offsetof(struct res_point, reason) },
	{ "diag", offsetof(struct res_point, diag) },
	{ "notes", offsetof(struct res_point, notes) },
};
#define N_POINT_TEXTS (sizeof point_texts / sizeof point_texts[0])

/* A case's strings after its name (null when absent). */
static const struct {
	const char *key;
	size_t off;
} case_texts[] = {
	{ K_SUMMARY, offsetof(struct res_case, summary) },
	{ K_CITE, offsetof(struct res_case, cite) },
	{ K_EXIT, offsetof(struct res_case, exit) },
};
#define N_CASE_TEXTS (sizeof case_texts / sizeof case_texts[0])

#define FIELD(base, off) ((char *)(base) + (off))
#define TEXT(base, off) (*(char **)FIELD(base, off))

/* ---- writing ---------------------------------------------------------------- */

void json_string(FILE *f, const char *s)
{
	if (!s) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	const char *end = s + strlen(s);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p >= 0x80) {
			/* what a case printed is not always text: a byte that is
			   not UTF-8 becomes U+FFFD, so the file stays readable */
			size_t n = utf8_char_len((const char *)p, end);
			if (n)
				fwrite(p, 1, n, f);
			else
				fputs("\\ufffd", f);
			p += n ? n - 1 : 0;
			continue;
		}
		switch (*p) {
		case '"': fputs("\\\"", f); break;
		case '\\': fputs("\\\\", f); break;
		case '\n': fputs("\\n", f); break;
		case '\r': fputs("\\r", f); break;
		case '\t': fputs("\\t", f); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				fprintf(f, "\\u%04x", *p);
			else
				fputc(*p, f);
		}
	}
	fputc('"', f);
}

static void kv(FILE *f, const char *k, const char *v, int last)
{
	fprintf(f, "    \"%s\": ", k);
	json_string(f, v);
	fputs(last ? "\n" : ",\n", f);
}

/* JSON has no NaN or infinity (and the reader refuses them). */
static double finite_or_0(double d)
{
	return isfinite(d) ? d : 0;
}

static int cmp_point_at(const void *a, const void *b)
{
	const struct res_point *x = *(const struct res_point *const *)a;
	const struct res_point *y = *(const struct res_point *const *)b;
	int c = strcmp(x->id, y->id);
	return c ? c : x < y ? -1 : x > y;
}

int results_find_duplicate(const struct results *r, int *first, int *second)
{
	if (r->npoints < 2)
		return 0;
	const struct res_point **p = malloc((size_t)r->npoints * sizeof *p);
	if (!p)
		return -1;
	for (int i = 0; i < r->npoints; i++)
		p[i] = &r->points[i];
	qsort(p, (size_t)r->npoints, sizeof *p, cmp_point_at);
	int found = 0;
	for (int i = 0; i + 1 < r->npoints; i++) {
		if (strcmp(p[i]->id, p[i + 1]->id) != 0)
			continue;
		/* the earliest pair in the file */
		int a = (int)(p[i] - r->points), b = (int)(p[i + 1] - r->points);
		if (!found || a < *first || (a == *first && b < *second)) {
			*first = a;
			*second = b;
		}
		found = 1;
	}
	free(p);
	return found;
}

void results_count(struct results *r)
{
	memset(r->counts, 0, sizeof r->counts);
	for (int i = 0; i < r->npoints; i++)
		r->counts[r->points[i].status]++;
}

/* "environment": { ... } */
static void emit_environment(FILE *f, const struct results *r)
{
	fputs("  \"" K_ENVIRONMENT "\": {\n", f);
	for (size_t i = 0; i < N_ENV_FIELDS; i++) {
		int last = i + 1 == N_ENV_FIELDS;
		if (!env_fields[i].size) {
			fprintf(f, "    \"%s\": %u,\n", env_fields[i].key, r->env.uid);
			continue;
		}
		const char *v = FIELD(r, env_fields[i].off);
		if (strcmp(env_fields[i].key, K_BUILD) == 0 && !*v)
			v = DEFAULT_BUILD;
		kv(f, env_fields[i].key, v, last);
	}
	fputs("  },\n", f);
}

static void emit_case(FILE *f, const struct res_case *c, int last)
{
	fputs("    { \"" K_NAME "\": ", f);
	json_string(f, c->name);
	for (size_t k = 0; k < N_CASE_TEXTS; k++) {
		fprintf(f, ", \"%s\": ", case_texts[k].key);
		json_string(f, TEXT(c, case_texts[k].off));
	}
	fprintf(f, ", \"" K_WALL_MS "\": %.3f, \"" K_STDERR "\": ", finite_or_0(c->wall_ms));
	json_string(f, c->stderr_text && *c->stderr_text ? c->stderr_text : NULL);
	fputs(last ? " }\n" : " },\n", f);
}

static void emit_point(FILE *f, const struct res_point *p, int last)
{
	fputs("    { \"" K_ID "\": ", f);
	json_string(f, p->id);
	fprintf(f, ", \"" K_STATUS "\": \"%s\", \"" K_DURATION_MS "\": %.3f",
		tap_status_name(p->status),
		p->duration_ms < 0 ? 0 : finite_or_0(p->duration_ms));
	for (size_t k = 0; k < N_POINT_TEXTS; k++) {
		const char *v = TEXT(p, point_texts[k].off);
		if (!v)
			continue;
		fprintf(f, ", \"%s\": ", point_texts[k].key);
		json_string(f, v);
	}
	fputs(last ? " }\n" : " },\n", f);
}

int results_emit(FILE *f, const struct results *r)
{
	fprintf(f, "{\n  \"" K_FORMAT "\": \"%s\",\n", RESULTS_FORMAT);
	emit_environment(f, r);
	fprintf(f, "  \"" K_RUN "\": { \"" K_WALL_SECONDS "\": %.3f, \"" K_JOBS "\": %d, "
		   "\"" K_CASE_TIMEOUT "\": %d },\n",
		finite_or_0(r->wall_seconds), r->jobs, r->case_timeout);
	fprintf(f, "  \"" K_SUMMARY "\": {");
	for (int s = 0; s < TAP_NSTATUS; s++)
		fprintf(f, " \"%s\": %d,", tap_status_name(s), r->counts[s]);
	fprintf(f, " \"" K_TOTAL "\": %d },\n  \"" K_CASES "\": [\n", r->npoints);
	for (int i = 0; i < r->ncases; i++)
		emit_case(f, &r->cases[i], i + 1 == r->ncases);
	fputs("  ],\n  \"" K_POINTS "\": [\n", f);
	for (int i = 0; i < r->npoints; i++)
		emit_point(f, &r->points[i], i + 1 == r->npoints);
	fputs("  ]\n}\n", f);
	return ferror(f) ? -1 : 0;
}

int results_write_file(const struct results *r, const char *path, char *err,
		       size_t errlen)
{
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s.tmp.%d", path, (int)getpid());
	FILE *f = fopen(tmp, "w");
	if (!f) {
		snprintf(err, errlen, "cannot write results file %s: %s", path,
			 strerror(errno));
		return -1;
	}
	int bad = results_emit(f, r);
	if (fclose(f) != 0 || bad) {
		snprintf(err, errlen, "cannot write results file %s: %s", path,
			 strerror(errno));
		unlink(tmp);
		return -1;
	}
	if (rename(tmp, path) != 0) {
		snprintf(err, errlen, "cannot write results file %s: %s", path,
			 strerror(errno));
		unlink(tmp);
		return -1;
	}
	return 0;
}

void results_free(struct results *r)
{
	for (int i = 0; i < r->ncases; i++) {
		free(r->cases[i].name);
		free(r->cases[i].summary);
		free(r->cases[i].cite);
		free(r->cases[i].exit);
		free(r->cases[i].stderr_text);
	}
	for (int i = 0; i < r->npoints; i++) {
		free(r->points[i].id);
		free(r->points[i].message);
		free(r->points[i].reason);
		free(r->points[i].diag);
		free(r->points[i].notes);
	}
	free(r->cases);
	free(r->points);
	r->cases = NULL;
	r->points = NULL;
	r->ncases = r->npoints = 0;
}

/* ---- reading ---------------------------------------------------------------- */

/* The reader's errors: one line naming the file.  Memory running out is
   said as such, never as a fault of the file. */
#define OOM(path) (snprintf(err, errlen, "%s: out of memory", path), -1)

/* The string at key, taken out of the tree (the tree is freed anyway:
   no copy, so a large file needs less memory); a copy of def when the
   key is absent or not a string.  *oom set when that copy failed. */
static char *field_take(struct json *o, const char *key, const char *def, int *oom)
{
	struct json *v = (struct json *)json_get(o, key);
	if (v && v->type == JSON_STRING) {
		char *s = v->string;
		v->string = NULL;
		v->type = JSON_NULL;
		return s;
	}
	char *d = def ? strdup(def) : NULL;
	if (def && !d)
		*oom = 1;
	return d;
}

/* An environment field into its fixed buffer: refused, not cut (a cut
   can split a UTF-8 character), when it does not fit or is not a string. */
static int copy_field(const char *path, char *dst, size_t n, const struct json *o,
		      const char *k, char *err, size_t errlen)
{
	const struct json *v = json_get(o, k);
	if (v && v->type != JSON_STRING && v->type != JSON_NULL) {
		snprintf(err, errlen, "%s: malformed results: environment field \"%s\" is not a string",
			 path, k);
		return -1;
	}
	const char *s = v && v->type == JSON_STRING ? v->string : "";
	if (strlen(s) >= n) {
		snprintf(err, errlen, "%s: malformed results: environment field \"%s\" is longer than %zu bytes",
			 path, k, n - 1);
		return -1;
	}
	memcpy(dst, s, strlen(s) + 1);
	return 0;
}

/* An id a report can print in a table cell: not empty, no control
   characters, no backquote or '|'. */
static int printable_id(const char *id)
{
	if (!*id)
		return 0;
	for (const unsigned char *p = (const unsigned char *)id; *p; p++)
		if (*p < 0x20 || *p == 0x7f || *p == '`' || *p == '|')
			return 0;
	return 1;
}

static int cmp_case_name(const void *a, const void *b)
{
	return strcmp((*(const struct res_case *const *)a)->name,
		      (*(const struct res_case *const *)b)->name);
}

/* The checks across the whole file: one verdict per point and per case,
   and a summary that counts what the points say. */
static int consistent(const char *path, const struct json *j, struct results *r,
		      char *err, size_t errlen)
{
	int a, b;
	int dup = results_find_duplicate(r, &a, &b);
	if (dup < 0)
		return OOM(path);
	if (dup) {
		snprintf(err, errlen, "%s: inconsistent results: point id %s given twice (points %d and %d%s)",
			 path, r->points[a].id, a + 1, b + 1,
			 r->points[a].status != r->points[b].status ? ", with different statuses" : "");
		return -1;
	}
	if (r->ncases > 1) {
		const struct res_case **c = malloc((size_t)r->ncases * sizeof *c);
		if (!c)
			return OOM(path);
		for (int i = 0; i < r->ncases; i++)
			c[i] = &r->cases[i];
		qsort(c, (size_t)r->ncases, sizeof *c, cmp_case_name);
		const char *twice = NULL;
		for (int i = 0; i + 1 < r->ncases && !twice; i++)
			if (strcmp(c[i]->name, c[i + 1]->name) == 0)
				twice = c[i]->name;
		free(c);
		if (twice) {
			snprintf(err, errlen, "%s: inconsistent results: case %s given twice", path, twice);
			return -1;
		}
	}
	const struct json *sum = json_get(j, K_SUMMARY);
	for (size_t i = 0; sum && sum->type == JSON_OBJECT && i < sum->n; i++) {
		const char *k = sum->keys[i];
		int s = tap_status_from_name(k), have = s < 0 ? r->npoints : r->counts[s];
		if ((s < 0 && strcmp(k, K_TOTAL) != 0) || sum->items[i]->type != JSON_NUMBER)
			continue;
		if (sum->items[i]->number != have) {
			snprintf(err, errlen, "%s: inconsistent results: the summary says %s %g, the points say %d",
				 path, k, sum->items[i]->number, have);
			return -1;
		}
	}
	return 0;
}

static struct json *parse(const char *path, const char *text, size_t len,
			  char *err, size_t errlen)
{
	char jerr[256];
	int oom;
	struct json *j = json_parse_n(text, len, jerr, sizeof jerr, &oom);
	if (!j && oom)
		snprintf(err, errlen, "%s: out of memory", path);
	else if (!j)
		snprintf(err, errlen, "%s: malformed JSON: %s", path, jerr);
	return j;
}

/* The results in j (which is freed). */
static int results_from_json(const char *path, struct json *j, struct results *r,
			     char *err, size_t errlen)
{
	int oom = 0;
	const char *fmt = json_str(j, K_FORMAT, NULL);
	if (!fmt || strcmp(fmt, RESULTS_FORMAT) != 0) {
		snprintf(err, errlen, "%s: not an fdsuite results file (format is %s%s%s, expected \"%s\")",
			 path, fmt ? "\"" : "", fmt ? fmt : "missing", fmt ? "\"" : "",
			 RESULTS_FORMAT);
		json_free(j);
		return -1;
	}
	const struct json *env = json_get(j, K_ENVIRONMENT);
	struct json *pts = (struct json *)json_get(j, K_POINTS);
	const struct json *cs = json_get(j, K_CASES);
	if (!env || env->type != JSON_OBJECT || !pts || pts->type != JSON_ARRAY) {
		snprintf(err, errlen, "%s: malformed results: \"environment\" object or \"points\" array missing",
			 path);
		json_free(j);
		return -1;
	}
	for (size_t i = 0; i < N_ENV_FIELDS; i++)
		if (env_fields[i].size &&
		    copy_field(path, FIELD(r, env_fields[i].off), env_fields[i].size, env,
			       env_fields[i].key, err, errlen)) {
			json_free(j);
			return -1;
		}
	if (!r->build[0]) /* files written before the field existed */
		snprintf(r->build, sizeof r->build, DEFAULT_BUILD);
	r->env.uid = (unsigned)json_num(env, K_UID, 0);
	if (!r->name[0]) {
		snprintf(err, errlen, "%s: malformed results: the environment has no name", path);
		json_free(j);
		return -1;
	}
	const struct json *run = json_get(j, K_RUN);
	r->wall_seconds = json_num(run, K_WALL_SECONDS, 0);
	r->jobs = (int)json_num(run, K_JOBS, 0);
	r->case_timeout = (int)json_num(run, K_CASE_TIMEOUT, 0);
	if (pts->n >= (size_t)1 << 30) /* npoints is an int */
		goto out_of_memory;
	r->points = calloc(pts->n + 1, sizeof *r->points);
	if (!r->points)
		goto out_of_memory;
	for (size_t i = 0; i < pts->n; i++) {
		struct json *p = pts->items[i];
		const char *id = json_str(p, K_ID, NULL);
		const char *st = json_str(p, K_STATUS, NULL);
		int s = st ? tap_status_from_name(st) : -1;
		if (!id || s < 0 || !printable_id(id)) {
			snprintf(err, errlen, "%s: malformed results: point %zu has %s",
				 path, i + 1, !id ? "no id" : s < 0 ? "an unknown status"
				 : "an empty id or one with a control character, '`' or '|'");
			json_free(j);
			results_free(r);
			return -1;
		}
		struct res_point *o = &r->points[r->npoints++];
		o->status = (enum tap_status)s;
		o->duration_ms = json_num(p, K_DURATION_MS, 0);
		o->id = field_take(p, K_ID, NULL, &oom);
		for (size_t k = 0; k < N_POINT_TEXTS; k++)
			TEXT(o, point_texts[k].off) = field_take(p, point_texts[k].key, NULL, &oom);
		if (oom)
			goto out_of_memory;
		json_free(p); /* done with it: the tree shrinks as the results grow */
		pts->items[i] = NULL;
	}
	if (cs && cs->type == JSON_ARRAY) {
		if (cs->n >= (size_t)1 << 30)
			goto out_of_memory;
		r->cases = calloc(cs->n + 1, sizeof *r->cases);
		if (!r->cases)
			goto out_of_memory;
		for (size_t i = 0; i < cs->n; i++) {
			struct json *c = cs->items[i];
			struct res_case *o = &r->cases[r->ncases++];
			o->name = field_take(c, K_NAME, "", &oom);
			for (size_t k = 0; k < N_CASE_TEXTS; k++)
				TEXT(o, case_texts[k].off) = field_take(c, case_texts[k].key, NULL, &oom);
			o->wall_ms = json_num(c, K_WALL_MS, 0);
			if (oom)
				goto out_of_memory;
		}
	}
	results_count(r);
	if (consistent(path, j, r, err, errlen)) {
		json_free(j);
		results_free(r);
		return -1;
	}
	json_free(j);
	return 0;
out_of_memory:
	json_free(j);
	results_free(r);
	return OOM(path);
}

int results_parse_n(const char *path, const char *text, size_t len,
		    struct results *r, char *err, size_t errlen)
{
	memset(r, 0, sizeof *r);
	struct json *j = parse(path, text, len, err, errlen);
	return j ? results_from_json(path, j, r, err, errlen) : -1;
}

int results_parse(const char *path, const char *text, struct results *r,
		  char *err, size_t errlen)
{
	return results_parse_n(path, text, strlen(text), r, err, errlen);
}

int read_whole_file(const char *path, char **text, size_t *len, char *err,
		    size_t errlen)
{
	*text = NULL;
	*len = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0) {
		snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		snprintf(err, errlen, "%s: is a directory, not a file", path);
		close(fd);
		return -1;
	}
	/* a regular file is read into one buffer of its size (a probe read
	   then finds its end); anything else (a pipe from <(...)) into a
	   doubling one */
	size_t cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 1 << 16;
	size_t n = 0;
	char *t = malloc(cap);
	while (t) {
		char probe[4096];
		int full = n + 1 == cap;
		ssize_t got = full ? read(fd, probe, sizeof probe) : read(fd, t + n, cap - n - 1);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
			free(t);
			close(fd);
			return -1;
		}
		if (got == 0)
			break;
		if (full) {
			size_t need = n + (size_t)got + 1;
			size_t ncap = cap * 2 >= need ? cap * 2 : need * 2;
			char *g = ncap ? realloc(t, ncap) : NULL;
			if (!g)
				free(t);
			t = g;
			cap = ncap;
			if (t)
				memcpy(t + n, probe, (size_t)got);
		}
		n += (size_t)got;
	}
	if (!t) {
		close(fd);
		snprintf(err, errlen, "%s: out of memory", path);
		return -1;
	}
	close(fd);
	t[n] = 0;
	*text = t;
	*len = n;
	return 0;
}

int results_read(const char *path, struct results *r, char *err, size_t errlen)
{
	char *text;
	size_t len;
	memset(r, 0, sizeof *r);
	if (read_whole_file(path, &text, &len, err, errlen))
		return -1;
	struct json *j = parse(path, text, len, err, errlen);
	free(text); /* before the results are built: less memory at the peak */
	return j ? results_from_json(path, j, r, err, errlen) : -1;
}
