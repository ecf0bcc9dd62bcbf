/* collate.c - the findings and the report, REPORT.md (see collate.h); the
   results files are read by results.c. */
#include "collate.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- findings: the environments they name and their class ------------------ */

static const char *const class_names[FINDING_NCLASS] = {
	[FINDING_UNCLASSIFIED] = "unclassified",
	[FINDING_DIVERGENCE] = "divergence",
	[FINDING_PERMITTED] = "permitted difference",
	[FINDING_ENV_LIMIT] = "environment limit",
};

const char *finding_class_name(enum finding_class c)
{
	return c >= 0 && c < FINDING_NCLASS ? class_names[c] : class_names[0];
}

static enum finding_class class_parse(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '.' || s[n - 1] == '\r'))
		n--;
	for (int c = 1; c < FINDING_NCLASS; c++)
		if (strlen(class_names[c]) == n && strncasecmp(s, class_names[c], n) == 0)
			return (enum finding_class)c;
	return FINDING_UNCLASSIFIED;
}

/* Takes the "Environments:" and "Class:" lines out of the body. */
static int finding_take_meta(struct finding *f)
{
	static const char envk[] = "Environments:", clk[] = "Class:";
	char *w = f->body;
	for (char *l = f->body; *l;) {
		char *nl = strchr(l, '\n');
		size_t n = nl ? (size_t)(nl - l) + 1 : strlen(l);
		size_t vl = nl ? (size_t)(nl - l) : n;
		if (strncmp(l, envk, sizeof envk - 1) == 0) {
			const char *v = l + sizeof envk - 1;
			vl -= sizeof envk - 1;
			while (vl && *v == ' ')
				v++, vl--;
			while (vl && (v[vl - 1] == ' ' || v[vl - 1] == '\r'))
				vl--;
			free(f->envs);
			if (!(f->envs = strndup(v, vl)))
				return -1;
		} else if (strncmp(l, clk, sizeof clk - 1) == 0) {
			const char *v = l + sizeof clk - 1;
			vl -= sizeof clk - 1;
			while (vl && *v == ' ')
				v++, vl--;
			f->cls = class_parse(v, vl);
		} else {
			memmove(w, l, n);
			w += n;
		}
		l += n;
	}
	*w = 0;
	/* the blank lines the metadata stood between */
	size_t lead = strspn(f->body, "\n");
	memmove(f->body, f->body + lead, strlen(f->body + lead) + 1);
	return 0;
}

/* One numeric part of a dotted version; returns where the next part starts,
   or "" when the version ends (at anything but a dot before a digit). */
static const char *version_part(const char *v, unsigned long *part)
{
	*part = 0;
	while (*v >= '0' && *v <= '9')
		*part = *part * 10 + (unsigned long)(*v++ - '0');
	return *v == '.' && v[1] >= '0' && v[1] <= '9' ? v + 1 : "";
}

/* Compares dotted numeric versions part by part; a missing part is 0. */
static int version_cmp(const char *a, const char *b)
{
	while (*a || *b) {
		unsigned long x, y;
		a = version_part(a, &x);
		b = version_part(b, &y);
		if (x != y)
			return x < y ? -1 : 1;
	}
	return 0;
}

/* 1 if comma-separated list holds name (n bytes). */
static int list_has(const char *list, const char *name, size_t n)
{
	for (const char *p = list; *p;) {
		size_t l = strcspn(p, ",");
		const char *q = p;
		size_t ql = l;
		while (ql && *q == ' ')
			q++, ql--;
		if (ql == n && strncmp(q, name, n) == 0)
			return 1;
		p += l + (p[l] == ',');
	}
	return 0;
}

/* Whether one term ("qemu-user >= 7.2 < 11") names environment r. */
static int term_names_env(const char *t, size_t tl, const struct results *r)
{
	char term[256];
	if (tl >= sizeof term)
		return 0;
	memcpy(term, t, tl);
	term[tl] = 0;
	char *name = term + strspn(term, " ");
	size_t nl = strcspn(name, " <>=");
	if (nl == 0)
		return 0;
	char *bounds = name + nl;
	char saved = *bounds;
	*bounds = 0;
	const char *version = NULL;
	int named = 0;
	if (strcmp(name, "*") == 0)
		named = 1;
	else if (list_has(r->env.runtime, name, nl)) {
		named = 1;
		if (strncmp(r->name, name, nl) == 0 && r->name[nl] == '-' &&
		    r->name[nl + 1] >= '0' && r->name[nl + 1] <= '9')
			version = r->name + nl + 1;
	} else if (r->env.libc[0] && strcmp(r->env.libc, name) == 0) {
		named = 1;
		if (r->env.libc_version[0] >= '0' && r->env.libc_version[0] <= '9')
			version = r->env.libc_version;
	} else if (fnmatch(name, r->name, 0) == 0)
		named = 1;
	*bounds = saved;
	if (!named)
		return 0;
	/* the bounds: (OP VERSION)... */
	for (const char *p = bounds;;) {
		p += strspn(p, " ");
		if (!*p)
			return 1;
		int lt = 0, gt = 0, eq = 0;
		if (*p == '<')
			lt = 1, p++;
		else if (*p == '>')
			gt = 1, p++;
		if (*p == '=')
			eq = 1, p++;
		if (!lt && !gt && !eq)
			return 0; /* not a bound: names nothing */
		p += strspn(p, " ");
		if (!(*p >= '0' && *p <= '9') || !version)
			return 0;
		int c = version_cmp(version, p);
		if (!((lt && c < 0) || (gt && c > 0) || (eq && c == 0)))
			return 0;
		p += strspn(p, "0123456789.");
	}
}

int finding_names_env(const struct finding *fd, const struct results *r)
{
	if (!fd || !fd->envs || !r)
		return 0;
	for (const char *p = fd->envs; *p;) {
		size_t l = strcspn(p, ",");
		if (term_names_env(p, l, r))
			return 1;
		p += l + (p[l] == ',');
	}
	return 0;
}

static int pattern_matches(const struct finding *fd, const char *id)
{
	return strcmp(fd->pattern, id) == 0 || fnmatch(fd->pattern, id, 0) == 0;
}

const struct finding *findings_match_env(const struct findings *f, const char *id,
					 const struct results *r)
{
	for (int i = 0; f && i < f->n; i++)
		if (pattern_matches(&f->f[i], id) && finding_names_env(&f->f[i], r))
			return &f->f[i];
	return NULL;
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
				goto out_of_memory;
			out->f = f;
			cur = &out->f[out->n++];
			memset(cur, 0, sizeof *cur);
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
			if (!cur->pattern || !cur->body)
				goto out_of_memory;
		} else if (cur) {
			char *b = realloc(cur->body, body_len + n + 2);
			if (!b)
				goto out_of_memory;
			memcpy(b + body_len, l, n);
			body_len += n;
			b[body_len++] = '\n';
			b[body_len] = 0;
			cur->body = b;
		}
		l = nl ? nl + 1 : NULL;
	}
	for (int i = 0; i < out->n; i++) { /* trim trailing blank lines */
		if (finding_take_meta(&out->f[i]))
			goto out_of_memory;
		char *b = out->f[i].body;
		size_t bl = strlen(b);
		while (bl && (b[bl - 1] == '\n' || b[bl - 1] == ' '))
			b[--bl] = 0;
	}
	return 0;
out_of_memory:
	findings_free(out);
	errno = ENOMEM;
	return -1;
}

void findings_free(struct findings *f)
{
	for (int i = 0; i < f->n; i++) {
		free(f->f[i].pattern);
		free(f->f[i].body);
		free(f->f[i].envs);
	}
	free(f->f);
	memset(f, 0, sizeof *f);
}

const struct finding *findings_match(const struct findings *f, const char *id)
{
	for (int i = 0; f && i < f->n; i++)
		if (pattern_matches(&f->f[i], id))
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

void md_inline(FILE *out, const char *s)
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

void md_reproduce(FILE *out, const struct results *r, const char *id)
{
	size_t cl = strcspn(id, "/");
	if (id[cl])
		cl += 1 + strcspn(id + cl + 1, "/");
	const char *point = id[cl] ? id + cl + 1 : "";
	fprintf(out, "`%s%s%s/cases/%.*s %s`", r->repro,
		r->repro[0] ? " " : "", r->build[0] ? r->build : "build", (int)cl, id, point);
}

/* ---- explaining failures by the findings that name their environment ------- */

/* The class's name with a capital ("Divergence"). */
static void put_class(FILE *out, int c)
{
	const char *name = c == FINDING_NCLASS ? "unexplained" : finding_class_name(c);
	fprintf(out, "%c%s", name[0] - 'a' + 'A', name + 1);
}

/* A status a finding has to explain: anything but a pass or a skip (a
   skip is explained by its own reason). */
static int needs_finding(int s)
{
	return s >= 0 && s != TAP_PASS && s != TAP_SKIP;
}

/* Failures per environment and class (FINDING_NCLASS: unexplained). */
static void class_count(const struct results *rs, int n, const struct findings *f,
			const struct row *rows, int nr, int (*cnt)[FINDING_NCLASS + 1])
{
	for (int i = 0; i < nr; i++)
		for (int e = 0; e < n; e++) {
			if (!needs_finding(rows[i].st[e]))
				continue;
			const struct finding *fd = findings_match_env(f, rows[i].id, &rs[e]);
			cnt[e][fd ? (int)fd->cls : FINDING_NCLASS]++;
		}
}

/* The failures of every environment counted by the class of the finding
   that explains them. */
static int class_table(FILE *out, const struct results *rs, int n,
		       const struct findings *f, const struct row *dis, int nd,
		       const struct row *common, int nc)
{
	int (*cnt)[FINDING_NCLASS + 1] = calloc((size_t)(n ? n : 1), sizeof *cnt);
	if (!cnt)
		return -1;
	class_count(rs, n, f, dis, nd, cnt);
	class_count(rs, n, f, common, nc, cnt);
	int total[FINDING_NCLASS + 1] = { 0 };
	for (int e = 0; e < n; e++)
		for (int c = 0; c <= FINDING_NCLASS; c++)
			total[c] += cnt[e][c];
	/* the classes in the order the header names them; "unclassified"
	   only when a finding lacks a class */
	static const int order[] = { FINDING_DIVERGENCE, FINDING_PERMITTED,
				     FINDING_ENV_LIMIT, FINDING_UNCLASSIFIED,
				     FINDING_NCLASS };
	fprintf(out, "Failures by the class of the finding that explains them, one per point "
		     "and environment. A finding explains a failure only in the environments "
		     "its `Environments:` line names; any other failure is unexplained.\n\n"
		     "| Environment |");
	for (size_t k = 0; k < sizeof order / sizeof *order; k++) {
		int c = order[k];
		if (c == FINDING_UNCLASSIFIED && !total[c])
			continue;
		fputc(' ', out);
		put_class(out, c);
		fputs(" |", out);
	}
	fprintf(out, "\n|---|");
	for (size_t k = 0; k < sizeof order / sizeof *order; k++)
		if (order[k] != FINDING_UNCLASSIFIED || total[order[k]])
			fprintf(out, "---:|");
	fprintf(out, "\n");
	for (int e = 0; e <= n; e++) {
		const int *c = e < n ? cnt[e] : total;
		int any = 0;
		for (int k = 0; k <= FINDING_NCLASS; k++)
			any |= c[k];
		if (e < n && !any)
			continue;
		fprintf(out, "| %s |", e < n ? rs[e].name : "**all**");
		for (size_t k = 0; k < sizeof order / sizeof *order; k++)
			if (order[k] != FINDING_UNCLASSIFIED || total[order[k]])
				fprintf(out, " %d |", c[order[k]]);
		fprintf(out, "\n");
	}
	fprintf(out, "\n");
	free(cnt);
	return 0;
}

/* Under a point's observations: each finding that explains a failure
   there, with the environments it explains it in, and every failure no
   finding naming its environment explains. */
static void explain_row(FILE *out, const struct results *rs, int n,
			const struct findings *f, const char *id, const int *stv,
			const char **shown, int common, struct collate_stats *st)
{
	const struct finding *by[n ? n : 1];
	int failing = 0, unexplained = 0;
	for (int e = 0; e < n; e++) {
		by[e] = NULL;
		if (!needs_finding(stv[e]))
			continue;
		failing++;
		by[e] = findings_match_env(f, id, &rs[e]);
		if (by[e])
			st->classes[by[e]->cls]++;
		else
			unexplained++;
	}
	if (!failing) {
		if (!common)
			fprintf(out, "\nExplained by the skip reason: the feature is missing "
				     "or the precondition cannot be had there.\n\n");
		return;
	}
	fputc('\n', out); /* each block below ends in a blank line */
	for (int e = 0; e < n; e++) {
		const struct finding *fd = by[e];
		int seen = 0;
		for (int k = 0; k < e; k++)
			seen |= by[k] == fd;
		if (!fd || seen)
			continue;
		fprintf(out, "**");
		put_class(out, fd->cls);
		fprintf(out, "** in ");
		const char *sep = "";
		for (int k = e; k < n; k++)
			if (by[k] == fd) {
				fprintf(out, "%s%s", sep, rs[k].name);
				sep = ", ";
			}
		fprintf(out, " (finding `%s`, environments: ", fd->pattern);
		md_inline(out, fd->envs);
		if (shown && shown[fd - f->f])
			/* a pattern covering several points: its text once */
			fprintf(out, "): explained under `%s` above.\n\n", shown[fd - f->f]);
		else {
			fprintf(out, ")\n\n%s\n\n", fd->body);
			if (shown)
				shown[fd - f->f] = id;
		}
	}
	for (int e = 0; e < n; e++) {
		if (!needs_finding(stv[e]) || by[e])
			continue;
		const struct finding *other = findings_match(f, id);
		fprintf(out, "**Unexplained** in %s: no finding in `results/FINDINGS.md` "
			     "names this environment for this point", rs[e].name);
		if (other) {
			fprintf(out, " (finding `%s` names ", other->pattern);
			md_inline(out, other->envs ? other->envs : "no environment");
			fprintf(out, ")");
		}
		fprintf(out, ".\n\n");
	}
	if (unexplained)
		st->unexplained++;
	st->unexplained_failures += unexplained;
}

/* ---- the gallery of bug reports ------------------------------------------ */

int finding_example(const struct findings *f, int fi, const struct results *rs, int n,
		    const char **id)
{
	for (int e = 0; e < n; e++) {
		const char *best = NULL;
		for (int i = 0; i < rs[e].npoints; i++) {
			const struct res_point *p = &rs[e].points[i];
			if (needs_finding((int)p->status) &&
			    findings_match_env(f, p->id, &rs[e]) == &f->f[fi] &&
			    (!best || strcmp(p->id, best) < 0))
				best = p->id;
		}
		if (best) {
			*id = best;
			return e;
		}
	}
	return -1;
}

void finding_report_path(char *buf, size_t n, const char *id, const struct results *r)
{
	int o = snprintf(buf, n, "reports/%s--", r->name);
	for (const char *p = id; *p && o + 4 < (int)n; p++)
		buf[o++] = *p == '/' ? '-' : *p;
	snprintf(buf + o, n - (size_t)o, ".md");
}

/* Links to the paste-ready report of every divergence (reports/, written
   by `fdreport cite --gallery`), by environment. */
static void gallery_links(FILE *out, const struct results *rs, int n, const struct findings *f)
{
	fprintf(out, "## Bug reports\n\n"
		     "For every finding of class divergence, a paste-ready report of one of its "
		     "points in the first environment it explains, with a minimal reproducer "
		     "(generated by `make report` into `reports/`; environment limits and "
		     "permitted differences have none).\n\n");
	int any = 0;
	for (int e = 0; e < n; e++)
		for (int i = 0; f && i < f->n; i++) {
			const char *id;
			char path[1024];
			if (f->f[i].cls != FINDING_DIVERGENCE || finding_example(f, i, rs, n, &id) != e)
				continue;
			finding_report_path(path, sizeof path, id, &rs[e]);
			fprintf(out, "- %s: [`%s`](%s) (finding `%s`)\n", rs[e].name, id, path,
				f->f[i].pattern);
			any = 1;
		}
	fprintf(out, any ? "\n" : "None.\n\n");
}

/* ---- the report's sections -------------------------------------------------- */

/* Every point id of every environment, once, sorted; NULL when memory ran
   out.  Sorts each environment's points by id. */
static const char **unique_ids(struct results *rs, int n, int *nid)
{
	int total = 0;
	for (int e = 0; e < n; e++) {
		qsort(rs[e].points, (size_t)rs[e].npoints, sizeof *rs[e].points, cmp_point);
		total += rs[e].npoints;
	}
	const char **ids = malloc(((size_t)total + 1) * sizeof *ids);
	if (!ids)
		return NULL;
	int k = 0;
	for (int e = 0; e < n; e++)
		for (int i = 0; i < rs[e].npoints; i++)
			ids[k++] = rs[e].points[i].id;
	qsort(ids, (size_t)k, sizeof *ids, cmp_str);
	int u = 0;
	for (int i = 0; i < k; i++)
		if (u == 0 || strcmp(ids[u - 1], ids[i]) != 0)
			ids[u++] = ids[i];
	*nid = u;
	return ids;
}

static void write_title(FILE *out, int n)
{
	fprintf(out, "# fdsuite results\n\n"
		     "Generated by `make report` (`harness/fdreport`) from %d results file%s in "
		     "`results/`, each written by the runner in its environment; do not edit by hand. "
		     "The explanations under each disagreement come from `results/FINDINGS.md`.\n\n",
		n, n == 1 ? "" : "s");
	if (collate_image)
		fprintf(out, "![matrix](%s)\n\n", collate_image);
}

/* The revision most environments ran (of those tied, the newest run's),
   and in *nran how many ran it; NULL when there is no environment. */
static const char *common_revision(const struct results *rs, int n, int *nran)
{
	const char *newest = NULL, *newest_date = "";
	int best = 0;
	for (int e = 0; e < n; e++) {
		int same = 0;
		for (int k = 0; k < n; k++)
			same += strcmp(rs[k].env.revision, rs[e].env.revision) == 0;
		if (same > best || (same == best && strcmp(rs[e].env.date, newest_date) > 0)) {
			best = same;
			newest_date = rs[e].env.date;
			newest = rs[e].env.revision;
		}
	}
	*nran = best;
	return newest;
}

/* A row per environment: where it ran, its counts, its revision; a row
   from another revision than the common one is marked: its environment
   was not run again with the others (stale) or was run later.  Then the
   kernels' version strings. */
static void write_environments(FILE *out, const struct results *rs, int n)
{
	fprintf(out, "## Environments\n\n"
		     "| Environment | Kernel | Arch | libc | Runtime | Distro | Pass | Fail | Skip | Timeout | XFail | Points | Wall (s) | Revision | Date |\n"
		     "|---|---|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
	int best;
	const char *newest = common_revision(rs, n, &best);
	int nstale = 0;
	for (int e = 0; e < n; e++) {
		const struct results *r = &rs[e];
		int stale = newest && strcmp(r->env.revision, newest) != 0;
		nstale += stale;
		fprintf(out, "| %s%s | %s | %s | %s %s | %s | ", r->name, stale ? " (other revision)" : "",
			r->env.kernel_release, r->env.arch, r->env.libc,
			r->env.libc_version, r->env.runtime);
		md_inline(out, r->env.distro);
		fprintf(out, " | %d | %d | %d | %d | %d | %d | %.1f | %s | %s |\n",
			r->counts[TAP_PASS] + r->counts[TAP_XPASS], r->counts[TAP_FAIL],
			r->counts[TAP_SKIP], r->counts[TAP_TIMEOUT], r->counts[TAP_XFAIL],
			r->npoints, r->wall_seconds, r->env.revision, r->env.date);
	}
	if (nstale)
		fprintf(out, "\n%d environment%s marked (other revision) ran another revision than "
			     "the %d that ran %s (see the Revision column): an older one means %s not run "
			     "again with the others, so %s may not reflect the current cases.\n",
			nstale, nstale == 1 ? "" : "s", best, newest, nstale == 1 ? "it was" : "they were",
			nstale == 1 ? "its row" : "their rows");
	fprintf(out, "\nKernel version strings:\n\n");
	for (int e = 0; e < n; e++)
		fprintf(out, "- %s: `%s`\n", rs[e].name, rs[e].env.kernel_version);
}

/* The rows to explain: the points where the environments disagree
   (into dis) and those failing everywhere they ran (into common).
   Returns 0, or -1 when memory ran out (the rows made so far stay). */
static int classify_points(const struct results *rs, int n, const char **ids, int nid,
			   struct row *dis, int *nd, struct row *common, int *nc)
{
	for (int i = 0; i < nid; i++) {
		int *s = malloc(sizeof(int) * (size_t)(n ? n : 1));
		if (!s)
			return -1;
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
			dis[(*nd)++] = (struct row){ ids[i], s };
		else if (bad && bad == ran)
			common[(*nc)++] = (struct row){ ids[i], s };
		else
			free(s);
	}
	return 0;
}

/* The table of the points where the environments disagree. */
static void write_disagreements(FILE *out, const struct results *rs, int n,
				const struct row *dis, int nd)
{
	fprintf(out, "\n## Disagreements\n\n");
	if (nd == 0) {
		fprintf(out, "None: every test point has the same outcome in every environment.\n");
		return;
	}
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

/* What each environment observed at point id: the environments that
   differ, with what they said (and how to reproduce a failure), then the
   plain passes on one line. */
static void write_observations(FILE *out, const struct results *rs, int n,
			       const char *id, const int *stv)
{
	int passes = 0;
	char plain[n ? n : 1];
	for (int e = 0; e < n; e++) {
		int s = stv[e];
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
			md_reproduce(out, &rs[e], id);
		}
		fprintf(out, "\n");
	}
	if (!passes)
		return;
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

/* The findings section: the failures counted by class, then per row (the
   disagreements, then the points failing everywhere) its citation, the
   observations and their explanations.  Returns 0, or -1 when memory ran
   out (the section is written whole nevertheless). */
static int write_findings(FILE *out, const struct results *rs, int n, const struct findings *f,
			  const struct row *dis, int nd, const struct row *common, int nc,
			  const char **shown, struct collate_stats *st)
{
	int oom = 0;
	fprintf(out, "\n## Findings\n\n");
	if (nd + nc == 0)
		fprintf(out, "Nothing to explain.\n");
	else
		oom = class_table(out, rs, n, f, dis, nd, common, nc) != 0;
	for (int pass = 0; pass < 2; pass++) {
		const struct row *rows = pass ? common : dis;
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
			write_observations(out, rs, n, id, rows[i].st);
			explain_row(out, rs, n, f, id, rows[i].st, shown, pass, st);
		}
	}
	return oom ? -1 : 0;
}

/* The skips, grouped by environment and reason.  Returns 0, or -1 when
   memory ran out. */
static int write_skips(FILE *out, const struct results *rs, int n)
{
	fprintf(out, "## Skips\n\n");
	int any = 0;
	for (int e = 0; e < n; e++) {
		const struct results *r = &rs[e];
		const char **reasons = malloc(((size_t)r->npoints + 1) * sizeof *reasons);
		int nr = 0;
		if (!reasons)
			return -1;
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
	return 0;
}

/* The start-up audit's record: what each environment handed its first
   process (the diagnostics of startup/inherited_fds). */
static void write_startup_audits(FILE *out, const struct results *rs, int n)
{
	int any = 0;
	for (int e = 0; e < n; e++) {
		const struct res_point *p = lookup(&rs[e], "startup/inherited_fds/only_declared");
		if (!p || !p->notes)
			continue;
		if (!any)
			fprintf(out, "\n## What each environment hands a new process\n\n"
				     "Recorded by the start-up audit (`startup/`) before the runner "
				     "cleans anything; descriptors, signals and standard fds are "
				     "judged by the `startup/` points above.\n");
		any = 1;
		fprintf(out, "\n### %s\n\n", rs[e].name);
		for (const char *l = p->notes; *l;) {
			const char *nl = strchr(l, '\n');
			size_t len = nl ? (size_t)(nl - l) : strlen(l);
			char line[1024];
			snprintf(line, sizeof line, "%.*s", (int)len, l);
			fprintf(out, "- ");
			md_inline(out, line);
			fprintf(out, "\n");
			l = nl ? nl + 1 : l + len;
		}
	}
}

int collate_report(FILE *out, struct results *rs, int n,
		   const struct findings *f, struct collate_stats *st)
{
	memset(st, 0, sizeof *st);
	int nid = 0;
	const char **ids = unique_ids(rs, n, &nid);
	/* the first point each finding was printed under */
	const char **shown = f && f->n ? calloc((size_t)f->n, sizeof *shown) : NULL;
	struct row *dis = calloc((size_t)nid + 1, sizeof *dis);
	struct row *common = calloc((size_t)nid + 1, sizeof *common);
	int nd = 0, nc = 0, oom = !ids || !dis || !common || (f && f->n && !shown);
	if (oom)
		goto out;

	write_title(out, n);
	write_environments(out, rs, n);
	if (classify_points(rs, n, ids, nid, dis, &nd, common, &nc)) {
		oom = 1;
		goto out;
	}
	st->disagreements = nd;
	st->common_failures = nc;
	write_disagreements(out, rs, n, dis, nd);
	oom = write_findings(out, rs, n, f, dis, nd, common, nc, shown, st) != 0;
	gallery_links(out, rs, n, f);
	if (write_skips(out, rs, n)) {
		oom = 1;
		goto out;
	}
	write_startup_audits(out, rs, n);

out:
	for (int i = 0; i < nd; i++)
		free(dis[i].st);
	for (int i = 0; i < nc; i++)
		free(common[i].st);
	free(dis);
	free(common);
	free(ids);
	free(shown);
	if (oom) {
		errno = ENOMEM;
		return -1;
	}
	return ferror(out) ? -1 : 0;
}
