/* collate.c - results files in, REPORT.md out (see collate.h). */
#include "collate.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

static char *sdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void copy_field(char *dst, size_t n, const struct json *o, const char *k)
{
	snprintf(dst, n, "%s", json_str(o, k, ""));
}

int results_parse(const char *path, const char *text, struct results *r,
		  char *err, size_t errlen)
{
	char jerr[256];
	memset(r, 0, sizeof *r);
	struct json *j = json_parse(text, jerr, sizeof jerr);
	if (!j) {
		snprintf(err, errlen, "%s: malformed JSON: %s", path, jerr);
		return -1;
	}
	const char *fmt = json_str(j, "format", NULL);
	if (!fmt || strcmp(fmt, RESULTS_FORMAT) != 0) {
		snprintf(err, errlen, "%s: not an fdsuite results file (format is %s%s%s, expected \"%s\")",
			 path, fmt ? "\"" : "", fmt ? fmt : "missing", fmt ? "\"" : "",
			 RESULTS_FORMAT);
		json_free(j);
		return -1;
	}
	const struct json *env = json_get(j, "environment");
	const struct json *pts = json_get(j, "points");
	const struct json *cs = json_get(j, "cases");
	if (!env || env->type != JSON_OBJECT || !pts || pts->type != JSON_ARRAY) {
		snprintf(err, errlen, "%s: malformed results: \"environment\" object or \"points\" array missing",
			 path);
		json_free(j);
		return -1;
	}
	copy_field(r->name, sizeof r->name, env, "name");
	copy_field(r->repro, sizeof r->repro, env, "repro");
	copy_field(r->build, sizeof r->build, env, "build");
	if (!r->build[0]) /* files written before the field existed */
		snprintf(r->build, sizeof r->build, "build");
	copy_field(r->env.kernel_release, sizeof r->env.kernel_release, env, "kernel_release");
	copy_field(r->env.kernel_version, sizeof r->env.kernel_version, env, "kernel_version");
	copy_field(r->env.arch, sizeof r->env.arch, env, "arch");
	copy_field(r->env.libc, sizeof r->env.libc, env, "libc");
	copy_field(r->env.libc_version, sizeof r->env.libc_version, env, "libc_version");
	copy_field(r->env.distro, sizeof r->env.distro, env, "distro");
	copy_field(r->env.runtime, sizeof r->env.runtime, env, "runtime");
	copy_field(r->env.revision, sizeof r->env.revision, env, "revision");
	copy_field(r->env.date, sizeof r->env.date, env, "date");
	r->env.uid = (unsigned)json_num(env, "uid", 0);
	if (!r->name[0]) {
		snprintf(err, errlen, "%s: malformed results: the environment has no name", path);
		json_free(j);
		return -1;
	}
	const struct json *run = json_get(j, "run");
	r->wall_seconds = json_num(run, "wall_seconds", 0);
	r->jobs = (int)json_num(run, "jobs", 0);
	r->case_timeout = (int)json_num(run, "case_timeout_seconds", 0);
	r->points = calloc(pts->n + 1, sizeof *r->points);
	for (size_t i = 0; i < pts->n; i++) {
		const struct json *p = pts->items[i];
		const char *id = json_str(p, "id", NULL);
		const char *st = json_str(p, "status", NULL);
		int s = st ? tap_status_from_name(st) : -1;
		if (!id || s < 0) {
			snprintf(err, errlen, "%s: malformed results: point %zu has %s",
				 path, i + 1, !id ? "no id" : "an unknown status");
			json_free(j);
			results_free(r);
			return -1;
		}
		struct res_point *o = &r->points[r->npoints++];
		o->id = strdup(id);
		o->status = (enum tap_status)s;
		o->duration_ms = json_num(p, "duration_ms", 0);
		o->message = sdup(json_str(p, "message", NULL));
		o->reason = sdup(json_str(p, "reason", NULL));
		o->diag = sdup(json_str(p, "diag", NULL));
	}
	if (cs && cs->type == JSON_ARRAY) {
		r->cases = calloc(cs->n + 1, sizeof *r->cases);
		for (size_t i = 0; i < cs->n; i++) {
			const struct json *c = cs->items[i];
			struct res_case *o = &r->cases[r->ncases++];
			o->name = sdup(json_str(c, "name", ""));
			o->summary = sdup(json_str(c, "summary", NULL));
			o->cite = sdup(json_str(c, "cite", NULL));
			o->exit = sdup(json_str(c, "exit", NULL));
			o->wall_ms = json_num(c, "wall_ms", 0);
		}
	}
	results_count(r);
	json_free(j);
	return 0;
}

int results_read(const char *path, struct results *r, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
		return -1;
	}
	size_t cap = 1 << 16, len = 0;
	char *text = malloc(cap);
	size_t got;
	while (text && (got = fread(text + len, 1, cap - len - 1, f)) > 0) {
		len += got;
		if (len + 1 == cap) {
			char *t = realloc(text, cap *= 2);
			if (!t) {
				free(text);
				text = NULL;
			} else
				text = t;
		}
	}
	fclose(f);
	if (!text) {
		snprintf(err, errlen, "%s: out of memory", path);
		return -1;
	}
	text[len] = 0;
	int rc = results_parse(path, text, r, err, errlen);
	free(text);
	return rc;
}

/* ---- findings --------------------------------------------------------------- */

int findings_parse(const char *text, struct findings *out)
{
	memset(out, 0, sizeof *out);
	const char *l = text;
	struct finding *cur = NULL;
	size_t body_len = 0;
	while (l && *l) {
		const char *nl = strchr(l, '\n');
		size_t n = nl ? (size_t)(nl - l) : strlen(l);
		if (n > 3 && strncmp(l, "## ", 3) == 0) {
			struct finding *f = realloc(out->f, (size_t)(out->n + 1) * sizeof *f);
			if (!f)
				return -1;
			out->f = f;
			cur = &out->f[out->n++];
			const char *p = l + 3;
			size_t pl = n - 3;
			while (pl && (p[pl - 1] == ' ' || p[pl - 1] == '\r'))
				pl--;
			if (pl >= 2 && p[0] == '`' && p[pl - 1] == '`') {
				p++;
				pl -= 2;
			}
			cur->pattern = strndup(p, pl);
			cur->body = strdup("");
			body_len = 0;
		} else if (cur) {
			char *b = realloc(cur->body, body_len + n + 2);
			if (!b)
				return -1;
			memcpy(b + body_len, l, n);
			body_len += n;
			b[body_len++] = '\n';
			b[body_len] = 0;
			cur->body = b;
		}
		l = nl ? nl + 1 : NULL;
	}
	for (int i = 0; i < out->n; i++) { /* trim trailing blank lines */
		char *b = out->f[i].body;
		size_t bl = strlen(b);
		while (bl && (b[bl - 1] == '\n' || b[bl - 1] == ' '))
			b[--bl] = 0;
	}
	return 0;
}

void findings_free(struct findings *f)
{
	for (int i = 0; i < f->n; i++) {
		free(f->f[i].pattern);
		free(f->f[i].body);
	}
	free(f->f);
	memset(f, 0, sizeof *f);
}

const struct finding *findings_match(const struct findings *f, const char *id)
{
	for (int i = 0; f && i < f->n; i++)
		if (strcmp(f->f[i].pattern, id) == 0 ||
		    fnmatch(f->f[i].pattern, id, 0) == 0)
			return &f->f[i];
	return NULL;
}

/* ---- the report ------------------------------------------------------------- */

const char *collate_image;

struct row {
	const char *id;
	int *st; /* per environment; -1 when not run there */
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_point(const void *a, const void *b)
{
	return strcmp(((const struct res_point *)a)->id,
		      ((const struct res_point *)b)->id);
}

static const struct res_point *lookup(const struct results *r, const char *id)
{
	struct res_point key = { .id = (char *)id };
	return bsearch(&key, r->points, (size_t)r->npoints, sizeof key, cmp_point);
}

static const char *case_cite(const struct results *rs, int n, const char *id)
{
	size_t cl = strcspn(id, "/");
	if (id[cl])
		cl += 1 + strcspn(id + cl + 1, "/");
	for (int e = 0; e < n; e++)
		for (int i = 0; i < rs[e].ncases; i++)
			if (strlen(rs[e].cases[i].name) == cl &&
			    strncmp(rs[e].cases[i].name, id, cl) == 0 &&
			    rs[e].cases[i].cite)
				return rs[e].cases[i].cite;
	return NULL;
}

static const char *cell(int st)
{
	static const char *c[] = { "pass", "**FAIL**", "skip", "**TIMEOUT**", "xfail", "xpass" };
	return st < 0 ? "—" : c[st];
}

static void md_inline(FILE *out, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '\n')
			fputs(" ", out);
		else if (*s == '|')
			fputs("\\|", out);
		else
			fputc(*s, out);
	}
}

static void reproduce(FILE *out, const struct results *r, const char *id)
{
	size_t cl = strcspn(id, "/");
	if (id[cl])
		cl += 1 + strcspn(id + cl + 1, "/");
	const char *point = id[cl] ? id + cl + 1 : "";
	fprintf(out, "`%s%s%s/cases/%.*s %s`", r->repro,
		r->repro[0] ? " " : "", r->build[0] ? r->build : "build", (int)cl, id, point);
}

int collate_report(FILE *out, struct results *rs, int n,
		   const struct findings *f, struct collate_stats *st)
{
	memset(st, 0, sizeof *st);
	for (int e = 0; e < n; e++)
		qsort(rs[e].points, (size_t)rs[e].npoints, sizeof *rs[e].points, cmp_point);

	/* every point id, once */
	int total = 0;
	for (int e = 0; e < n; e++)
		total += rs[e].npoints;
	const char **ids = malloc(((size_t)total + 1) * sizeof *ids);
	int nid = 0;
	for (int e = 0; e < n; e++)
		for (int i = 0; i < rs[e].npoints; i++)
			ids[nid++] = rs[e].points[i].id;
	qsort(ids, (size_t)nid, sizeof *ids, cmp_str);
	int u = 0;
	for (int i = 0; i < nid; i++)
		if (u == 0 || strcmp(ids[u - 1], ids[i]) != 0)
			ids[u++] = ids[i];
	nid = u;
	/* the first point each finding was printed under */
	const char **shown = f && f->n ? calloc((size_t)f->n, sizeof *shown) : NULL;

	fprintf(out, "# fdsuite results\n\n"
		     "Generated by `make report` (`harness/fdreport`) from %d results file%s in "
		     "`results/`, each written by the runner in its environment; do not edit by hand. "
		     "The explanations under each disagreement come from `results/FINDINGS.md`.\n\n",
		n, n == 1 ? "" : "s");
	if (collate_image)
		fprintf(out, "![matrix](%s)\n\n", collate_image);

	fprintf(out, "## Environments\n\n"
		     "| Environment | Kernel | Arch | libc | Runtime | Distro | Pass | Fail | Skip | Timeout | XFail | Points | Wall (s) | Revision | Date |\n"
		     "|---|---|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
	for (int e = 0; e < n; e++) {
		const struct results *r = &rs[e];
		fprintf(out, "| %s | %s | %s | %s %s | %s | ", r->name,
			r->env.kernel_release, r->env.arch, r->env.libc,
			r->env.libc_version, r->env.runtime);
		md_inline(out, r->env.distro);
		fprintf(out, " | %d | %d | %d | %d | %d | %d | %.1f | %s | %s |\n",
			r->counts[TAP_PASS] + r->counts[TAP_XPASS], r->counts[TAP_FAIL],
			r->counts[TAP_SKIP], r->counts[TAP_TIMEOUT], r->counts[TAP_XFAIL],
			r->npoints, r->wall_seconds, r->env.revision, r->env.date);
	}
	fprintf(out, "\nKernel version strings:\n\n");
	for (int e = 0; e < n; e++)
		fprintf(out, "- %s: `%s`\n", rs[e].name, rs[e].env.kernel_version);

	/* rows where the environments disagree, and rows failing everywhere */
	struct row *dis = calloc((size_t)nid + 1, sizeof *dis);
	struct row *common = calloc((size_t)nid + 1, sizeof *common);
	int nd = 0, nc = 0;
	for (int i = 0; i < nid; i++) {
		int *s = malloc(sizeof(int) * (size_t)(n ? n : 1));
		int first = -2, differ = 0, bad = 0, ran = 0;
		for (int e = 0; e < n; e++) {
			const struct res_point *p = lookup(&rs[e], ids[i]);
			s[e] = p ? (int)p->status : -1;
			if (s[e] < 0)
				continue;
			ran++;
			if (first == -2)
				first = s[e];
			else if (s[e] != first)
				differ = 1;
			if (s[e] == TAP_FAIL || s[e] == TAP_TIMEOUT)
				bad++;
		}
		if (differ)
			dis[nd++] = (struct row){ ids[i], s };
		else if (bad && bad == ran)
			common[nc++] = (struct row){ ids[i], s };
		else
			free(s);
	}
	st->disagreements = nd;
	st->common_failures = nc;

	fprintf(out, "\n## Disagreements\n\n");
	if (nd == 0)
		fprintf(out, "None: every test point has the same outcome in every environment.\n");
	else {
		fprintf(out, "%d test point%s where the environments do not agree "
			     "(— means the point was not run there).\n\n| Point |",
			nd, nd == 1 ? "" : "s");
		for (int e = 0; e < n; e++)
			fprintf(out, " %s |", rs[e].name);
		fprintf(out, "\n|---|");
		for (int e = 0; e < n; e++)
			fprintf(out, "---|");
		fprintf(out, "\n");
		for (int i = 0; i < nd; i++) {
			fprintf(out, "| `%s` |", dis[i].id);
			for (int e = 0; e < n; e++)
				fprintf(out, " %s |", cell(dis[i].st[e]));
			fprintf(out, "\n");
		}
	}

	fprintf(out, "\n## Findings\n\n");
	if (nd + nc == 0)
		fprintf(out, "Nothing to explain.\n");
	for (int pass = 0; pass < 2; pass++) {
		struct row *rows = pass ? common : dis;
		int nr = pass ? nc : nd;
		for (int i = 0; i < nr; i++) {
			const char *id = rows[i].id;
			fprintf(out, "### `%s`%s\n\n", id,
				pass ? " (fails in every environment)" : "");
			const char *cite = case_cite(rs, n, id);
			if (cite) {
				fprintf(out, "Documented in: ");
				md_inline(out, cite);
				fprintf(out, "\n\n");
			}
			/* the environments that differ, with what they said;
			   then the plain passes on one line */
			int passes = 0;
			char plain[n];
			for (int e = 0; e < n; e++) {
				int s = rows[i].st[e];
				plain[e] = 0;
				if (s < 0)
					continue;
				const struct res_point *p = lookup(&rs[e], id);
				if (s == TAP_PASS && !p->message && !p->reason) {
					plain[e] = 1;
					passes++;
					continue;
				}
				fprintf(out, "- %s: %s", rs[e].name, cell(s));
				const char *why = p->message ? p->message : p->reason;
				if (why) {
					fprintf(out, " — ");
					md_inline(out, why);
				}
				if (s != TAP_PASS && s != TAP_XPASS) {
					fprintf(out, "; reproduce: ");
					reproduce(out, &rs[e], id);
				}
				fprintf(out, "\n");
			}
			if (passes) {
				fprintf(out, "- pass (%d):", passes);
				const char *sep = " ";
				for (int e = 0; e < n; e++) {
					if (!plain[e])
						continue;
					fprintf(out, "%s%s", sep, rs[e].name);
					sep = ", ";
				}
				fprintf(out, "\n");
			}
			const struct finding *fd = findings_match(f, id);
			int only_skips = 1; /* pass here, skipped there */
			for (int e = 0; e < n; e++) {
				int s = rows[i].st[e];
				if (s >= 0 && s != TAP_PASS && s != TAP_SKIP)
					only_skips = 0;
			}
			if (fd && shown && shown[fd - f->f])
				/* a pattern covering several points: its text once */
				fprintf(out, "\nExplained under `%s` above (finding `%s`).\n\n",
					shown[fd - f->f], fd->pattern);
			else if (fd) {
				fprintf(out, "\n%s\n\n", fd->body);
				if (shown)
					shown[fd - f->f] = id;
			}
			else if (only_skips && !pass)
				fprintf(out, "\nExplained by the skip reason: the feature is missing "
					     "or the precondition cannot be had there.\n\n");
			else {
				st->unexplained++;
				fprintf(out, "\n**Unexplained**: no entry for this point in `results/FINDINGS.md`.\n\n");
			}
		}
	}

	/* skips grouped by environment and reason */
	fprintf(out, "## Skips\n\n");
	int any = 0;
	for (int e = 0; e < n; e++) {
		const struct results *r = &rs[e];
		const char **reasons = malloc(((size_t)r->npoints + 1) * sizeof *reasons);
		int nr = 0;
		for (int i = 0; i < r->npoints; i++)
			if (r->points[i].status == TAP_SKIP)
				reasons[nr++] = r->points[i].reason ? r->points[i].reason : "";
		qsort(reasons, (size_t)nr, sizeof *reasons, cmp_str);
		for (int i = 0; i < nr;) {
			int j = i;
			while (j < nr && strcmp(reasons[j], reasons[i]) == 0)
				j++;
			fprintf(out, "- %s: %d point%s: ", r->name, j - i, j - i == 1 ? "" : "s");
			md_inline(out, reasons[i]);
			fprintf(out, "\n");
			any = 1;
			i = j;
		}
		free(reasons);
	}
	if (!any)
		fprintf(out, "No point was skipped.\n");

	for (int i = 0; i < nd; i++)
		free(dis[i].st);
	for (int i = 0; i < nc; i++)
		free(common[i].st);
	free(dis);
	free(common);
	free(ids);
	free(shown);
	return ferror(out) ? -1 : 0;
}
