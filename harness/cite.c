/* cite.c - bug reports and standalone reproducers (see cite.h). */
#include "cite.h"
#include "collate.h"
#include "repro.h"

#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
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

int cite_reproducer(FILE *out, const char *src, const char *id, char *err,
		    size_t errlen)
{
	return repro_write(out, src, id, NULL, err, errlen);
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

/* The one command that builds the reproducer for environment r and runs it
   there: the compiler its build used, and its command prefix. */
static void build_and_run(char *out, size_t n, const struct results *r)
{
	static const char *cross[][2] = { { "-musl", "musl-gcc -static" },
					  { "-static", "cc -static" },
					  { "-aarch64", "aarch64-linux-gnu-gcc -static" },
					  { "-i686", "i686-linux-gnu-gcc -static" },
					  { "-s390x", "s390x-linux-gnu-gcc -static" },
					  { "-riscv64", "riscv64-linux-gnu-gcc -static" },
					  { "-ppc64le", "powerpc64le-linux-gnu-gcc -static" } };
	const char *cc = "cc";
	size_t bl = strlen(r->build);
	for (size_t i = 0; i < sizeof cross / sizeof cross[0]; i++) {
		size_t sl = strlen(cross[i][0]);
		if (bl > sl && !strcmp(r->build + bl - sl, cross[i][0]))
			cc = cross[i][1];
	}
	if (r->repro[0] == '(') /* "(in the kernel booted by ...)" */
		snprintf(out, n, "%s -o repro repro.c, then ./repro %s", cc, r->repro);
	else
		snprintf(out, n, "%s -o repro repro.c && %s%s./repro", cc, r->repro,
			 r->repro[0] ? " " : "");
}

/* text, wrapped at 72 columns, each line starting with indent */
static void wrap(FILE *out, const char *indent, const char *text)
{
	size_t width = 72 - strlen(indent);
	for (const char *p = text; *p;) {
		size_t l = strcspn(p, "\n"), cut = l;
		if (l > width) {
			for (cut = width; cut > 0 && p[cut] != ' '; cut--)
				;
			if (cut == 0)
				cut = strcspn(p, " \n");
		}
		fprintf(out, "%s%.*s\n", indent, (int)cut, p);
		p += cut;
		while (*p == ' ')
			p++;
		if (*p == '\n')
			p++;
	}
}

int cite_report(FILE *out, const struct results *r, const char *src,
		const char *id, enum cite_format fmt, char *err, size_t errlen)
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
	struct repro_info info;
	FILE *rf = open_memstream(&repro, &rlen);
	if (!rf) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	int bad = repro_write(rf, src, id, &info, err, errlen);
	/* the only way writing to memory fails */
	if (ferror(rf)) {
		snprintf(err, errlen, "out of memory");
		bad = 1;
	}
	/* fclose gives back a NULL buffer when its last realloc fails */
	if ((fclose(rf) != 0 || !repro) && !bad) {
		snprintf(err, errlen, "out of memory");
		bad = 1;
	}
	if (bad) {
		free(repro);
		return -1;
	}
	const char *summary = c && c->summary ? c->summary : info.summary;
	const char *cite = c && c->cite ? c->cite : info.cite;
	const char *verb = p->status == TAP_PASS ? "passes" : p->status == TAP_SKIP ? "is skipped" : "fails";
	const char *outcome = p->message ? p->message : p->reason ? p->reason : "";
	char cmd[1024], line[2048];
	build_and_run(cmd, sizeof cmd, r);
	static const char *keys[] = { "call", "expected", "observed", "errno", "at" };
	static const char *label[] = { "Call", "Expected", "Observed", "errno", "Checked at" };
	const struct fd_env *e = &r->env;
	if (fmt == CITE_TEXT) {
		snprintf(line, sizeof line, "%s %s on %s", id, verb, r->name);
		wrap(out, "", line);
		fprintf(out, "\n");
		snprintf(line, sizeof line, "Behavior: %s", summary ? summary : "(unknown)");
		wrap(out, "", line);
		snprintf(line, sizeof line, "Documented in: %s", cite ? cite : "(unknown)");
		wrap(out, "", line);
		fprintf(out, "\n");
		snprintf(line, sizeof line, "Outcome: %s%s%s", tap_status_name(p->status),
			 outcome[0] ? ": " : "", outcome);
		wrap(out, "", line);
		for (int i = 0; p->diag && i < 5; i++) {
			char v[512];
			yaml_get(p->diag, keys[i], v, sizeof v);
			snprintf(line, sizeof line, "%-11s %s", label[i], v);
			if (v[0])
				wrap(out, "  ", line);
		}
		fprintf(out, "\nEnvironment (%s):\n", r->name);
		snprintf(line, sizeof line,
			 "kernel %s %s\narch %s\nlibc %s %s\ndistro %s\nruntime %s\nuid %u\n"
			 "fdsuite revision %s, run %s",
			 e->kernel_release, e->kernel_version, e->arch, e->libc, e->libc_version,
			 e->distro, e->runtime, e->uid, e->revision, e->date);
		wrap(out, "  ", line);
		fprintf(out, "\nTo reproduce, save the program below as repro.c and run:\n\n");
		wrap(out, "  ", cmd);
		fprintf(out, "\nIt prints \"not ok\" and the failed check when the behavior is\n"
			     "missing, \"ok\" when it is there (%d lines):\n\n", info.lines);
		fwrite(repro, 1, rlen, out);
		free(repro);
		return ferror(out) ? -1 : 0;
	}
	fprintf(out, "## `%s` %s on %s\n\n", id, verb, r->name);
	if (summary)
		fprintf(out, "**Behavior:** %s\n\n", summary);
	if (cite)
		fprintf(out, "**Documented in:** %s\n\n", cite);
	fprintf(out, "**Outcome:** %s%s%s\n\n", tap_status_name(p->status), outcome[0] ? " — " : "",
		outcome);
	if (p->diag) {
		char v[512];
		fprintf(out, "| | |\n|---|---|\n");
		for (int i = 0; i < 5; i++) {
			yaml_get(p->diag, keys[i], v, sizeof v);
			if (v[0])
				fprintf(out, "| %s | `%s` |\n", label[i], v);
		}
		fprintf(out, "\n");
	}
	fprintf(out, "**Environment** (%s):\n\n"
		     "- kernel: %s `%s`\n- arch: %s\n- libc: %s %s\n- distro: %s\n"
		     "- runtime: %s\n- uid: %u\n- fdsuite revision: %s, run %s\n\n",
		r->name, e->kernel_release, e->kernel_version, e->arch, e->libc,
		e->libc_version, e->distro, e->runtime, e->uid, e->revision, e->date);
	fprintf(out, "**Reproduce:** save the file below as `repro.c`, then `%s` (it prints "
		     "`not ok` and the failed check when the behavior is missing, `ok` when it "
		     "is there).\n\n", cmd);
	fprintf(out, "With the suite: `%s%s%s/cases/%s %s`\n\n", r->repro, r->repro[0] ? " " : "",
		r->build[0] ? r->build : "build", kase, point);
	fprintf(out, "<details><summary>repro.c (%d lines)</summary>\n\n```c\n", info.lines);
	fwrite(repro, 1, rlen, out);
	fprintf(out, "```\n\n</details>\n");
	free(repro);
	if (ferror(out)) {
		snprintf(err, errlen, "cannot write the report: %s", why_failed());
		return -1;
	}
	return 0;
}

/* Writes to path through a temporary file renamed into place; "-" is
   standard output. */
static int write_atomic(const char *path, int (*fn)(FILE *, void *), void *arg, char *err,
			size_t errlen)
{
	if (!strcmp(path, "-"))
		return fn(stdout, arg) || fflush(stdout) ? -1 : 0;
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s.tmp.%d", path, (int)getpid());
	FILE *f = fopen(tmp, "w");
	if (!f) {
		snprintf(err, errlen, "cannot write %s: %s", path, why_failed());
		return -1;
	}
	int bad = fn(f, arg);
	if (fclose(f) || bad || rename(tmp, path)) {
		if (!bad)
			snprintf(err, errlen, "cannot write %s: %s", path, why_failed());
		unlink(tmp);
		return -1;
	}
	return 0;
}

struct job {
	const struct cite_opts *o;
	const struct results *r;
	const char *id;
	char *err;
	size_t errlen;
};

static int job_repro(FILE *f, void *arg)
{
	struct job *j = arg;
	return repro_write(f, j->o->src, j->id, NULL, j->err, j->errlen);
}

static int job_report(FILE *f, void *arg)
{
	struct job *j = arg;
	return cite_report(f, j->r, j->o->src, j->id, j->o->fmt, j->err, j->errlen);
}

static int read_all_results(int n, char **args, struct results *rs)
{
	char err[512];
	for (int i = 0; i < n; i++)
		if (results_read(args[i], &rs[i], err, sizeof err)) {
			fprintf(stderr, "fdreport cite: %s\n", err);
			while (i--)
				results_free(&rs[i]);
			return -1;
		}
	return 0;
}

int cite_run(const struct cite_opts *o, int nargs, char **args)
{
	char err[512] = "";
	if (!o->gallery && !o->list_findings) {
		if (nargs < 1 || nargs > 2 || (nargs == 1 && !o->repro_out)) {
			fprintf(stderr, "fdreport cite: wants a test point and a results file "
					"(or --repro FILE and a test point)\n");
			return 2;
		}
		struct job j = { o, NULL, args[0], err, sizeof err };
		if (o->repro_out && write_atomic(o->repro_out, job_repro, &j, err, sizeof err)) {
			fprintf(stderr, "fdreport cite: %s\n", err);
			return 2;
		}
		if (nargs == 1)
			return 0;
		struct results r;
		if (read_all_results(1, args + 1, &r))
			return 2;
		j.r = &r;
		int rc = write_atomic("-", job_report, &j, err, sizeof err);
		if (rc)
			fprintf(stderr, "fdreport cite: %s\n", err);
		results_free(&r);
		return rc ? 2 : 0;
	}
	if (nargs < 1) {
		fprintf(stderr, "fdreport cite: no results files given\n");
		return 2;
	}
	const char *fpath = o->findings ? o->findings : "results/FINDINGS.md";
	char *text = repro_slurp(fpath, NULL);
	if (!text) {
		fprintf(stderr, "fdreport cite: cannot read %s: %s\n", fpath, strerror(errno));
		return 2;
	}
	struct findings f = { 0 };
	findings_parse(text, &f);
	free(text);
	struct results *rs = calloc((size_t)nargs, sizeof *rs);
	if (!rs || read_all_results(nargs, args, rs)) {
		free(rs);
		findings_free(&f);
		return 2;
	}
	int rc = 0, written = 0;
	if (o->gallery && mkdir(o->gallery, 0777) == -1 && errno != EEXIST) {
		fprintf(stderr, "fdreport cite: cannot create %s: %s\n", o->gallery, strerror(errno));
		rc = 2;
	}
	for (int i = 0; i < f.n && !rc; i++) {
		if (o->list_findings) {
			/* every environment the finding explains a failure in */
			for (int e = 0; e < nargs; e++) {
				const char *id;
				if (finding_example(&f, i, rs + e, 1, &id) == 0)
					printf("%s\t%s\t%s\t%s\t%s\n", finding_class_name(f.f[i].cls),
					       f.f[i].pattern, rs[e].name, args[e], id);
			}
			continue;
		}
		const char *id;
		int e = finding_example(&f, i, rs, nargs, &id);
		if (f.f[i].cls != FINDING_DIVERGENCE || e < 0)
			continue;
		char path[1024], out[2048];
		finding_report_path(path, sizeof path, id, &rs[e]);
		snprintf(out, sizeof out, "%s/%s", o->gallery, strchr(path, '/') + 1);
		struct job j = { o, &rs[e], id, err, sizeof err };
		if (write_atomic(out, job_report, &j, err, sizeof err)) {
			fprintf(stderr, "fdreport cite: %s\n", err);
			rc = 2;
		}
		written++;
	}
	if (o->gallery && !rc)
		fprintf(stderr, "fdreport cite: %d reports in %s\n", written, o->gallery);
	for (int i = 0; i < nargs; i++)
		results_free(&rs[i]);
	free(rs);
	findings_free(&f);
	return rc;
}
