/* cite.c - bug reports and standalone reproducers (see cite.h). */
#include "cite.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* strerror(errno), but memory running out is said as such. */
static const char *why_failed(void)
{
	return errno == ENOMEM ? "out of memory" : strerror(errno);
}

/* area/behavior/point -> "area/behavior" and "point" */
static int split_id(const char *id, char *kase, size_t kn, char *point, size_t pn)
{
	const char *s1 = strchr(id, '/');
	const char *s2 = s1 ? strchr(s1 + 1, '/') : NULL;
	if (!s1 || !s2 || !s2[1] || strchr(s2 + 1, '/'))
		return -1;
	snprintf(kase, kn, "%.*s", (int)(s2 - id), id);
	snprintf(point, pn, "%s", s2 + 1);
	return 0;
}

struct seen {
	char paths[16][512];
	int n;
	const char *src; /* the source tree */
};

/* Copies path to out, replacing the suite's own #include "x.h" lines:
   the library headers are already inlined; a header next to the file
   is inlined in place, once. */
static int inline_file(FILE *out, const char *path, const char *shown,
		       struct seen *seen, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		snprintf(err, errlen, "cannot read %s: %s", path, why_failed());
		return -1;
	}
	/* a write to memory can fail (open_memstream) without setting
	   the error flag: every write is checked */
	int wbad = fprintf(out, "#line 1 \"%s\"\n", shown) < 0;
	char line[4096];
	int lineno = 0;
	while (!wbad && fgets(line, sizeof line, f)) {
		lineno++;
		char inc[256];
		if (sscanf(line, " #include \"%255[^\"]\"", inc) == 1) {
			if (!strcmp(inc, "fdtest.h") || !strcmp(inc, "fdenv.h") ||
			    !strcmp(inc, "tap.h")) {
				wbad |= fputs("\n", out) == EOF;
				continue;
			}
			if (!strcmp(inc, "audit.h")) {
				/* a case-library part only some cases use (the
				   start-up audit): its header and its code */
				static const char *const part[] = { "harness/audit.h",
								    "harness/audit.c" };
				for (int k = 0; k < 2; k++) {
					char ppath[1024];
					int done = 0;
					snprintf(ppath, sizeof ppath, "%s/%s", seen->src, part[k]);
					for (int i = 0; i < seen->n; i++)
						done |= strcmp(seen->paths[i], ppath) == 0;
					if (done || seen->n >= 16)
						continue;
					snprintf(seen->paths[seen->n++], sizeof seen->paths[0], "%s", ppath);
					if (inline_file(out, ppath, part[k], seen, err, errlen)) {
						fclose(f);
						return -1;
					}
				}
				fprintf(out, "#line %d \"%s\"\n", lineno + 1, shown);
				continue;
			}
			char dir[512], hpath[1024], hshown[1024];
			snprintf(dir, sizeof dir, "%s", path);
			char *sl = strrchr(dir, '/');
			snprintf(hpath, sizeof hpath, "%.*s%s", sl ? (int)(sl - dir + 1) : 0, dir, inc);
			snprintf(dir, sizeof dir, "%s", shown);
			sl = strrchr(dir, '/');
			snprintf(hshown, sizeof hshown, "%.*s%s", sl ? (int)(sl - dir + 1) : 0, dir, inc);
			int done = 0;
			for (int i = 0; i < seen->n; i++)
				done |= strcmp(seen->paths[i], hpath) == 0;
			if (!done && seen->n < 16) {
				snprintf(seen->paths[seen->n++], sizeof seen->paths[0], "%s", hpath);
				if (inline_file(out, hpath, hshown, seen, err, errlen)) {
					fclose(f);
					return -1;
				}
			}
			wbad |= fprintf(out, "#line %d \"%s\"\n", lineno + 1, shown) < 0;
			continue;
		}
		wbad |= fputs(line, out) == EOF;
	}
	if (!wbad && ferror(f)) { /* not the end of the file: a read that failed */
		snprintf(err, errlen, "cannot read %s: %s", path, why_failed());
		fclose(f);
		return -1;
	}
	fclose(f);
	if (wbad || fputs("\n", out) == EOF) {
		snprintf(err, errlen, "cannot write the reproducer: %s", why_failed());
		return -1;
	}
	return 0;
}

int cite_reproducer(FILE *out, const char *src, const char *id, char *err,
		    size_t errlen)
{
	char kase[256], point[256], path[1024], shown[512];
	if (split_id(id, kase, sizeof kase, point, sizeof point)) {
		snprintf(err, errlen, "'%s' is not a test point id (area/behavior/point)", id);
		return -1;
	}
	snprintf(path, sizeof path, "%s/cases/%s.c", src, kase);
	FILE *probe = fopen(path, "r");
	if (!probe) {
		snprintf(err, errlen, "no case source %s for %s: %s", path, id, why_failed());
		return -1;
	}
	fclose(probe);
	int wbad = fprintf(out,
		"/*\n"
		" * Standalone reproducer for the fdsuite test point %s,\n"
		" * generated from cases/%s.c with the case library inlined.\n"
		" *\n"
		" *   cc -o repro repro.c && ./repro\n"
		" *\n"
		" * It prints TAP: \"ok\" when the documented behavior was observed,\n"
		" * \"not ok\" with a YAML block (expected, observed, errno, citation)\n"
		" * when it was not.  ./repro --list lists the case's other points;\n"
		" * ./repro POINT runs one of them.\n"
		" */\n"
		"#ifndef _GNU_SOURCE\n#define _GNU_SOURCE\n#endif\n"
		"#define FT_STANDALONE 1\n"
		"#define FT_NAME \"cases/%s.c\"\n"
		"#define FT_DEFAULT_POINT \"%s\"\n",
		id, kase, kase, point) < 0;
	if (wbad) {
		snprintf(err, errlen, "cannot write the reproducer: %s", why_failed());
		return -1;
	}
	static const char *lib[] = { "harness/fdenv.h", "harness/fdtest.h", "harness/fdenv.c",
				     "harness/fdprobe.c", "harness/fdtest.c" };
	struct seen seen = { .n = 0, .src = src };
	for (size_t i = 0; i < sizeof lib / sizeof lib[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", src, lib[i]);
		if (inline_file(out, path, lib[i], &seen, err, errlen))
			return -1;
	}
	snprintf(path, sizeof path, "%s/cases/%s.c", src, kase);
	snprintf(shown, sizeof shown, "cases/%s.c", kase);
	if (inline_file(out, path, shown, &seen, err, errlen))
		return -1;
	if (ferror(out)) {
		snprintf(err, errlen, "cannot write the reproducer: %s", why_failed());
		return -1;
	}
	return 0;
}

/* "key: value" from a YAML block as fdtest writes it (value unquoted). */
static void yaml_get(const char *yaml, const char *key, char *out, size_t n)
{
	out[0] = 0;
	size_t kl = strlen(key);
	for (const char *l = yaml; l && *l;) {
		if (!strncmp(l, key, kl) && l[kl] == ':') {
			const char *v = l + kl + 1;
			while (*v == ' ')
				v++;
			size_t vl = strcspn(v, "\n");
			if (vl >= 2 && v[0] == '"' && v[vl - 1] == '"') {
				v++;
				vl -= 2;
			}
			snprintf(out, n, "%.*s", (int)vl, v);
			return;
		}
		l = strchr(l, '\n');
		if (l)
			l++;
	}
}

int cite_report(FILE *out, const struct results *r, const char *src,
		const char *id, char *err, size_t errlen)
{
	const struct res_point *p = NULL;
	for (int i = 0; i < r->npoints && !p; i++)
		if (strcmp(r->points[i].id, id) == 0)
			p = &r->points[i];
	if (!p) {
		snprintf(err, errlen, "no test point %s in the results of %s", id, r->name);
		return -1;
	}
	char kase[256], point[256];
	split_id(id, kase, sizeof kase, point, sizeof point);
	const struct res_case *c = NULL;
	for (int i = 0; i < r->ncases && !c; i++)
		if (strcmp(r->cases[i].name, kase) == 0)
			c = &r->cases[i];

	char *repro = NULL;
	size_t rlen = 0;
	FILE *rf = open_memstream(&repro, &rlen);
	if (!rf) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	int bad = cite_reproducer(rf, src, id, err, errlen);
	/* the only way writing to memory fails */
	if (!bad && ferror(rf))
		snprintf(err, errlen, "out of memory");
	bad |= ferror(rf);
	/* fclose gives back a NULL buffer when its last realloc fails */
	if ((fclose(rf) != 0 || !repro) && !bad) {
		snprintf(err, errlen, "out of memory");
		bad = 1;
	}
	if (bad) {
		free(repro);
		return -1;
	}
	const char *st = tap_status_name(p->status);
	fprintf(out, "## `%s` %s on %s\n\n", id,
		p->status == TAP_PASS ? "passes" : p->status == TAP_SKIP ? "is skipped" : "fails",
		r->name);
	if (c && c->summary)
		fprintf(out, "**Behavior:** %s\n\n", c->summary);
	if (c && c->cite)
		fprintf(out, "**Documented in:** %s\n\n", c->cite);
	fprintf(out, "**Outcome:** %s", st);
	if (p->message)
		fprintf(out, " — %s", p->message);
	else if (p->reason)
		fprintf(out, " — %s", p->reason);
	fprintf(out, "\n\n");
	if (p->diag) {
		char v[512];
		static const char *keys[] = { "call", "expected", "observed", "errno", "at" };
		static const char *label[] = { "Call", "Expected", "Observed", "errno", "Checked at" };
		fprintf(out, "| | |\n|---|---|\n");
		for (int i = 0; i < 5; i++) {
			yaml_get(p->diag, keys[i], v, sizeof v);
			if (v[0])
				fprintf(out, "| %s | `%s` |\n", label[i], v);
		}
		fprintf(out, "\n");
	}
	const struct fd_env *e = &r->env;
	fprintf(out, "**Environment** (%s):\n\n"
		     "- kernel: %s `%s`\n- arch: %s\n- libc: %s %s\n- distro: %s\n"
		     "- runtime: %s\n- uid: %u\n- fdsuite revision: %s, run %s\n\n",
		r->name, e->kernel_release, e->kernel_version, e->arch, e->libc,
		e->libc_version, e->distro, e->runtime, e->uid, e->revision, e->date);
	fprintf(out, "**Reproduce** with the suite: `%s%sbuild/cases/%s %s`\n\n",
		r->repro, r->repro[0] ? " " : "", kase, point);
	fprintf(out, "or standalone: save the file below as `repro.c`, then "
		     "`cc -o repro repro.c && %s%s./repro` (it prints `not ok` when the "
		     "behavior is missing).\n\n",
		r->repro, r->repro[0] ? " " : "");
	size_t lines = 0;
	for (size_t i = 0; i < rlen; i++)
		lines += repro[i] == '\n';
	fprintf(out, "<details><summary>repro.c (%zu lines)</summary>\n\n```c\n", lines);
	fwrite(repro, 1, rlen, out);
	fprintf(out, "```\n\n</details>\n");
	free(repro);
	if (ferror(out)) {
		snprintf(err, errlen, "cannot write the report: %s", why_failed());
		return -1;
	}
	return 0;
}
