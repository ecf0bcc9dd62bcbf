/* results.c - writing a results file (see results.h). */
#include "results.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "utf8.h"

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

int results_emit(FILE *f, const struct results *r)
{
	const struct fd_env *e = &r->env;
	fprintf(f, "{\n  \"format\": \"%s\",\n  \"environment\": {\n",
		RESULTS_FORMAT);
	kv(f, "name", r->name, 0);
	kv(f, "kernel_release", e->kernel_release, 0);
	kv(f, "kernel_version", e->kernel_version, 0);
	kv(f, "arch", e->arch, 0);
	kv(f, "libc", e->libc, 0);
	kv(f, "libc_version", e->libc_version, 0);
	kv(f, "distro", e->distro, 0);
	fprintf(f, "    \"uid\": %u,\n", e->uid);
	kv(f, "runtime", e->runtime, 0);
	kv(f, "revision", e->revision, 0);
	kv(f, "date", e->date, 0);
	kv(f, "repro", r->repro, 0);
	kv(f, "build", r->build[0] ? r->build : "build", 1);
	fprintf(f, "  },\n  \"run\": { \"wall_seconds\": %.3f, \"jobs\": %d, "
		   "\"case_timeout_seconds\": %d },\n",
		finite_or_0(r->wall_seconds), r->jobs, r->case_timeout);
	fprintf(f, "  \"summary\": {");
	for (int s = 0; s < TAP_NSTATUS; s++)
		fprintf(f, " \"%s\": %d,", tap_status_name(s), r->counts[s]);
	fprintf(f, " \"total\": %d },\n  \"cases\": [\n", r->npoints);
	for (int i = 0; i < r->ncases; i++) {
		const struct res_case *c = &r->cases[i];
		fputs("    { \"name\": ", f);
		json_string(f, c->name);
		fputs(", \"summary\": ", f);
		json_string(f, c->summary);
		fputs(", \"cite\": ", f);
		json_string(f, c->cite);
		fputs(", \"exit\": ", f);
		json_string(f, c->exit);
		fprintf(f, ", \"wall_ms\": %.3f, \"stderr\": ", finite_or_0(c->wall_ms));
		json_string(f, c->stderr_text && *c->stderr_text ? c->stderr_text : NULL);
		fputs(i + 1 < r->ncases ? " },\n" : " }\n", f);
	}
	fputs("  ],\n  \"points\": [\n", f);
	for (int i = 0; i < r->npoints; i++) {
		const struct res_point *p = &r->points[i];
		fputs("    { \"id\": ", f);
		json_string(f, p->id);
		fprintf(f, ", \"status\": \"%s\", \"duration_ms\": %.3f",
			tap_status_name(p->status),
			p->duration_ms < 0 ? 0 : finite_or_0(p->duration_ms));
		if (p->message) {
			fputs(", \"message\": ", f);
			json_string(f, p->message);
		}
		if (p->reason) {
			fputs(", \"reason\": ", f);
			json_string(f, p->reason);
		}
		if (p->diag) {
			fputs(", \"diag\": ", f);
			json_string(f, p->diag);
		}
		if (p->notes) {
			fputs(", \"notes\": ", f);
			json_string(f, p->notes);
		}
		fputs(i + 1 < r->npoints ? " },\n" : " }\n", f);
	}
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
