/* html.c - the matrix as an SVG heat map and an HTML page (see html.h). */
#include "html.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* what a cell shows: the share of each kind of outcome */
enum { K_FAIL, K_XFAIL, K_SKIP, K_PASS, K_N };
static const char *const kind_name[K_N] = { "fail", "expected fail", "skip", "pass" };
static const char *const kind_colour[K_N] = { "#d7301f", "#f0a030", "#b8b8b8", "#3a9d5d" };

static int kind(int st)
{
	switch (st) {
	case TAP_FAIL: case TAP_TIMEOUT: return K_FAIL;
	case TAP_XFAIL: return K_XFAIL;
	case TAP_SKIP: return K_SKIP;
	default: return K_PASS;
	}
}

struct matrix {
	struct results *rs;
	int n;          /* environments */
	int narea;
	char **areas;   /* sorted */
	int *cnt;       /* [(e * narea + a) * K_N + k] */
	int nid;
	const char **ids; /* every point id, sorted, once */
	int *st;        /* [i * n + e], -1 when not run there */
	int *area_of;   /* [i] */
	int *flag;      /* [i]: 1 the environments disagree, 2 it fails everywhere */
	int ndis;
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_point(const void *a, const void *b)
{
	return strcmp(((const struct res_point *)a)->id, ((const struct res_point *)b)->id);
}

static int area_index(const struct matrix *m, const char *id)
{
	size_t l = strcspn(id, "/");
	int lo = 0, hi = m->narea - 1;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		int c = strncmp(m->areas[mid], id, l);
		if (c == 0 && m->areas[mid][l])
			c = 1;
		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

static void matrix_free(struct matrix *m)
{
	for (int a = 0; a < m->narea; a++)
		free(m->areas[a]);
	free(m->areas);
	free(m->cnt);
	free(m->ids);
	free(m->st);
	free(m->area_of);
	free(m->flag);
}

static int matrix_build(struct matrix *m, struct results *rs, int n)
{
	memset(m, 0, sizeof *m);
	m->rs = rs;
	m->n = n;
	int total = 0;
	for (int e = 0; e < n; e++) {
		qsort(rs[e].points, (size_t)rs[e].npoints, sizeof *rs[e].points, cmp_point);
		total += rs[e].npoints;
	}
	m->ids = malloc(((size_t)total + 1) * sizeof *m->ids);
	m->areas = malloc(((size_t)total + 1) * sizeof *m->areas);
	if (!m->ids || !m->areas)
		return -1;
	for (int e = 0; e < n; e++)
		for (int i = 0; i < rs[e].npoints; i++)
			m->ids[m->nid++] = rs[e].points[i].id;
	qsort(m->ids, (size_t)m->nid, sizeof *m->ids, cmp_str);
	int u = 0;
	for (int i = 0; i < m->nid; i++)
		if (u == 0 || strcmp(m->ids[u - 1], m->ids[i]) != 0)
			m->ids[u++] = m->ids[i];
	m->nid = u;
	for (int i = 0; i < m->nid; i++) {
		size_t l = strcspn(m->ids[i], "/");
		if (m->narea && strlen(m->areas[m->narea - 1]) == l &&
		    strncmp(m->areas[m->narea - 1], m->ids[i], l) == 0)
			continue; /* ids are sorted, so an area's points are adjacent */
		if (!(m->areas[m->narea++] = strndup(m->ids[i], l)))
			return -1;
	}
	qsort(m->areas, (size_t)m->narea, sizeof *m->areas, cmp_str);
	m->cnt = calloc((size_t)(n * m->narea * K_N) + 1, sizeof *m->cnt);
	m->st = malloc(((size_t)m->nid * (size_t)n + 1) * sizeof *m->st);
	m->area_of = malloc(((size_t)m->nid + 1) * sizeof *m->area_of);
	m->flag = calloc((size_t)m->nid + 1, sizeof *m->flag);
	if (!m->cnt || !m->st || !m->area_of || !m->flag)
		return -1;
	for (int i = 0; i < m->nid; i++)
		m->area_of[i] = area_index(m, m->ids[i]);
	/* walk each environment's sorted points along the sorted union */
	for (int e = 0; e < n; e++) {
		int j = 0;
		for (int i = 0; i < m->nid; i++) {
			while (j < rs[e].npoints && strcmp(rs[e].points[j].id, m->ids[i]) < 0)
				j++;
			int s = j < rs[e].npoints && strcmp(rs[e].points[j].id, m->ids[i]) == 0
				? (int)rs[e].points[j].status : -1;
			m->st[i * n + e] = s;
			if (s >= 0)
				m->cnt[(e * m->narea + m->area_of[i]) * K_N + kind(s)]++;
		}
	}
	for (int i = 0; i < m->nid; i++) {
		int first = -2, differ = 0, bad = 0, ran = 0;
		for (int e = 0; e < n; e++) {
			int s = m->st[i * n + e];
			if (s < 0)
				continue;
			ran++;
			if (first == -2)
				first = s;
			else if (s != first)
				differ = 1;
			bad += s == TAP_FAIL || s == TAP_TIMEOUT;
		}
		m->flag[i] = differ ? 1 : bad && bad == ran ? 2 : 0;
		m->ndis += differ;
	}
	return 0;
}

static void esc(FILE *out, const char *s)
{
	for (; s && *s; s++)
		switch (*s) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default: fputc(*s, out);
		}
}

/* ---- the heat map ---------------------------------------------------------- */

#define CELL_W 44
#define CELL_H 22
#define HEAD_H 96
#define CHAR_W 7

static void svg_heatmap(FILE *out, const struct matrix *m, int standalone)
{
	size_t longest = 11;
	for (int e = 0; e < m->n; e++)
		if (strlen(m->rs[e].name) > longest)
			longest = strlen(m->rs[e].name);
	int label_w = (int)longest * CHAR_W + 14;
	int map_w = m->narea * CELL_W;
	int width = label_w + map_w + 80; /* room for the last slanted area name */
	int legend_y = HEAD_H + m->n * CELL_H + 14;
	int height = legend_y + 30;
	fprintf(out, "<svg %sclass=\"heatmap\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
		     "role=\"img\" aria-labelledby=\"heatmap-title\" font-family=\"sans-serif\" font-size=\"12\">\n"
		     "<title id=\"heatmap-title\">fdsuite: %d environments by %d areas, "
		     "each cell the share of points that passed, failed or were skipped</title>\n",
		standalone ? "xmlns=\"http://www.w3.org/2000/svg\" " : "",
		width, height, width, height, m->n, m->narea);
	fprintf(out, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", width, height);
	for (int a = 0; a < m->narea; a++) {
		int x = label_w + a * CELL_W + CELL_W / 2;
		fprintf(out, "<text class=\"area\" transform=\"translate(%d,%d) rotate(-50)\">", x, HEAD_H - 6);
		esc(out, m->areas[a]);
		fprintf(out, "</text>\n");
	}
	for (int e = 0; e < m->n; e++) {
		const struct results *r = &m->rs[e];
		int y = HEAD_H + e * CELL_H;
		if (e % 2)
			fprintf(out, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f3f3f3\"/>\n",
				y, label_w + map_w, CELL_H);
		fprintf(out, "<text class=\"env\" x=\"%d\" y=\"%d\" text-anchor=\"end\">", label_w - 8,
			y + CELL_H / 2 + 4);
		esc(out, r->name);
		fprintf(out, "</text>\n");
		for (int a = 0; a < m->narea; a++) {
			const int *c = &m->cnt[(e * m->narea + a) * K_N];
			int tot = c[K_FAIL] + c[K_XFAIL] + c[K_SKIP] + c[K_PASS];
			int x = label_w + a * CELL_W;
			if (!standalone) {
				fprintf(out, "<a href=\"#area-");
				esc(out, m->areas[a]);
				fprintf(out, "\">");
			}
			fprintf(out, "<g><title>");
			esc(out, r->name);
			fprintf(out, " \xc2\xb7 ");
			esc(out, m->areas[a]);
			if (tot)
				fprintf(out, ": %d pass, %d fail, %d skip, %d expected fail (%d points)",
					c[K_PASS], c[K_FAIL], c[K_SKIP], c[K_XFAIL], tot);
			else
				fprintf(out, ": not run");
			fprintf(out, "</title>\n<rect class=\"cell\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
				     "fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"2\"/>",
				x, y, CELL_W, CELL_H, tot ? "#ffffff" : "#eeeeee");
			/* the shares, side by side: failures first, never thinner
			   than 3 px when there is one */
			int inner = CELL_W - 4, w[K_N], sum = 0, big = 0;
			for (int k = 0; k < K_N; k++) {
				w[k] = tot && c[k] ? (c[k] * inner + tot / 2) / tot : 0;
				if (c[k] && w[k] < 3)
					w[k] = 3;
				sum += w[k];
				if (w[k] > w[big])
					big = k;
			}
			if (tot)
				w[big] -= sum - inner;
			int sx = x + 2;
			for (int k = 0; k < K_N && tot; k++) {
				if (w[k] <= 0)
					continue;
				fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
					sx, y + 2, w[k], CELL_H - 4, kind_colour[k]);
				sx += w[k];
			}
			if (c[K_FAIL])
				fprintf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-weight=\"bold\" "
					     "fill=\"#000000\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">%d</text>",
					x + CELL_W / 2, y + CELL_H / 2 + 4, c[K_FAIL]);
			else if (!tot)
				fprintf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#888888\">\xe2\x80\x94</text>",
					x + CELL_W / 2, y + CELL_H / 2 + 4);
			fprintf(out, "</g>%s\n", standalone ? "" : "</a>");
		}
	}
	int lx = 8;
	for (int k = K_N - 1; k >= 0; k--) {
		fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>"
			     "<text x=\"%d\" y=\"%d\">%s</text>\n",
			lx, legend_y, kind_colour[k], lx + 18, legend_y + 11, kind_name[k]);
		lx += 18 + (int)strlen(kind_name[k]) * CHAR_W + 18;
	}
	fprintf(out, "<text x=\"%d\" y=\"%d\">a number: the failing points; "
		     "width: the share of the area's points</text>\n</svg>\n", lx, legend_y + 11);
}

/* ---- the page -------------------------------------------------------------- */

static const char page_style[] =
	"body{font-family:sans-serif;margin:1.5em;color:#222;max-width:110em}"
	"table{border-collapse:collapse;font-size:90%}td,th{border:1px solid #ccc;padding:2px 6px}"
	"td.n{text-align:right}th{background:#eee}"
	"svg.heatmap a:hover rect.cell{stroke:#000000}"
	"section{border-top:1px solid #ddd;margin-top:1em}"
	".point{margin:0.6em 0 0.6em 1em}.point h4{margin:0.2em 0;font-family:monospace;font-size:100%}"
	"ul{margin:0.2em 0}pre{white-space:pre-wrap;background:#f6f6f6;padding:0.5em;margin:0.3em 0}"
	".fail{color:#b00020;font-weight:bold}.top{font-size:85%}";

static const char *status_word(int s)
{
	static const char *w[] = { "pass", "FAIL", "skip", "TIMEOUT", "xfail", "xpass" };
	return s < 0 ? "not run" : w[s];
}

static const char *case_cite(const struct matrix *m, const char *id)
{
	size_t cl = strcspn(id, "/");
	if (id[cl])
		cl += 1 + strcspn(id + cl + 1, "/");
	for (int e = 0; e < m->n; e++)
		for (int i = 0; i < m->rs[e].ncases; i++) {
			const struct res_case *c = &m->rs[e].cases[i];
			if (c->cite && strlen(c->name) == cl && strncmp(c->name, id, cl) == 0)
				return c->cite;
		}
	return NULL;
}

static const struct res_point *point_in(const struct results *r, const char *id)
{
	struct res_point key = { .id = (char *)id };
	return bsearch(&key, r->points, (size_t)r->npoints, sizeof key, cmp_point);
}

static void page_point(FILE *out, const struct matrix *m, int i, const struct findings *f)
{
	const char *id = m->ids[i];
	fprintf(out, "<div class=\"point\" id=\"pt-");
	esc(out, id);
	fprintf(out, "\"><h4>");
	esc(out, id);
	fprintf(out, "%s</h4>\n", m->flag[i] == 2 ? " (fails in every environment)" : "");
	const char *cite = case_cite(m, id);
	if (cite) {
		fprintf(out, "<div>Documented in: ");
		esc(out, cite);
		fprintf(out, "</div>\n");
	}
	fprintf(out, "<ul>\n");
	int passes = 0;
	for (int e = 0; e < m->n; e++) {
		int s = m->st[i * m->n + e];
		if (s < 0)
			continue;
		const struct res_point *p = point_in(&m->rs[e], id);
		if (s == TAP_PASS && p && !p->message && !p->reason) {
			passes++;
			continue;
		}
		fprintf(out, "<li>");
		esc(out, m->rs[e].name);
		fprintf(out, ": <span class=\"%s\">%s</span>",
			s == TAP_FAIL || s == TAP_TIMEOUT ? "fail" : "st", status_word(s));
		const char *why = p ? (p->message ? p->message : p->reason) : NULL;
		if (why) {
			fprintf(out, " \xe2\x80\x94 ");
			esc(out, why);
		}
		fprintf(out, "</li>\n");
	}
	if (passes) {
		fprintf(out, "<li>pass (%d):", passes);
		const char *sep = " ";
		for (int e = 0; e < m->n; e++) {
			int s = m->st[i * m->n + e];
			const struct res_point *p = s == TAP_PASS ? point_in(&m->rs[e], id) : NULL;
			if (!p || p->message || p->reason)
				continue;
			fputs(sep, out);
			esc(out, m->rs[e].name);
			sep = ", ";
		}
		fprintf(out, "</li>\n");
	}
	fprintf(out, "</ul>\n");
	const struct finding *fd = findings_match(f, id);
	if (fd) {
		fprintf(out, "<details><summary>Finding <code>");
		esc(out, fd->pattern);
		fprintf(out, "</code></summary><pre>");
		esc(out, fd->body);
		fprintf(out, "</pre></details>\n");
	}
	fprintf(out, "</div>\n");
}

static void page(FILE *out, const struct matrix *m, const struct findings *f)
{
	int npoints = 0;
	for (int e = 0; e < m->n; e++)
		npoints = m->rs[e].npoints > npoints ? m->rs[e].npoints : npoints;
	fprintf(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
		     "<title>fdsuite results: %d environments</title>\n<style>%s</style>\n</head>\n<body>\n"
		     "<h1 id=\"top\">fdsuite results</h1>\n"
		     "<p>%d environments, %d areas, %d test points, %d where the environments disagree. "
		     "Written by <code>fdreport --html</code> from the runner's results files. "
		     "Each cell is one environment's points in one area: the coloured widths are the shares "
		     "that failed, failed as expected, were skipped and passed; hover for the counts, click "
		     "for the area's disagreements.</p>\n",
		m->n, page_style, m->n, m->narea, m->nid, m->ndis);
	svg_heatmap(out, m, 0);

	fprintf(out, "<h2 id=\"environments\">Environments</h2>\n<table>\n<tr><th>Environment</th>"
		     "<th>Kernel</th><th>Arch</th><th>libc</th><th>Runtime</th><th>Pass</th><th>Fail</th>"
		     "<th>Skip</th><th>Timeout</th><th>XFail</th><th>Points</th><th>Revision</th></tr>\n");
	for (int e = 0; e < m->n; e++) {
		const struct results *r = &m->rs[e];
		fprintf(out, "<tr><td>");
		esc(out, r->name);
		fprintf(out, "</td><td>");
		esc(out, r->env.kernel_release);
		fprintf(out, "</td><td>");
		esc(out, r->env.arch);
		fprintf(out, "</td><td>");
		esc(out, r->env.libc);
		fputc(' ', out);
		esc(out, r->env.libc_version);
		fprintf(out, "</td><td>");
		esc(out, r->env.runtime);
		fprintf(out, "</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td>"
			     "<td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td>",
			r->counts[TAP_PASS] + r->counts[TAP_XPASS], r->counts[TAP_FAIL],
			r->counts[TAP_SKIP], r->counts[TAP_TIMEOUT], r->counts[TAP_XFAIL], r->npoints);
		esc(out, r->env.revision);
		fprintf(out, "</td></tr>\n");
	}
	fprintf(out, "</table>\n");

	fprintf(out, "<h2 id=\"disagreements\">Disagreements by area</h2>\n");
	for (int a = 0; a < m->narea; a++) {
		int nd = 0, nc = 0;
		for (int i = 0; i < m->nid; i++)
			if (m->area_of[i] == a) {
				nd += m->flag[i] == 1;
				nc += m->flag[i] == 2;
			}
		fprintf(out, "<section id=\"area-");
		esc(out, m->areas[a]);
		fprintf(out, "\">\n<h3>");
		esc(out, m->areas[a]);
		fprintf(out, "</h3>\n<p>");
		if (nd + nc == 0)
			fprintf(out, "Every point has the same outcome in every environment, and none fails everywhere.");
		else
			fprintf(out, "%d point%s where the environments disagree, %d failing everywhere.",
				nd, nd == 1 ? "" : "s", nc);
		fprintf(out, " <a class=\"top\" href=\"#top\">back to the map</a></p>\n");
		for (int pass = 1; pass <= 2; pass++)
			for (int i = 0; i < m->nid; i++)
				if (m->area_of[i] == a && m->flag[i] == pass)
					page_point(out, m, i, f);
		fprintf(out, "</section>\n");
	}
	fprintf(out, "</body>\n</html>\n");
}

/* ---- files ----------------------------------------------------------------- */

static int write_atomically(const char *path, const struct matrix *m, const struct findings *f,
			    int svg_only, char *err, size_t errlen)
{
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s.tmp.%d", path, (int)getpid());
	FILE *out = fopen(tmp, "w");
	if (!out) {
		snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
		return -1;
	}
	if (svg_only) {
		fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg_heatmap(out, m, 1);
	} else
		page(out, m, f);
	int bad = ferror(out);
	if (fclose(out) != 0 || bad || rename(tmp, path) != 0) {
		snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
		unlink(tmp);
		return -1;
	}
	return 0;
}

static int write_one(const char *path, struct results *rs, int n, const struct findings *f,
		     int svg_only, char *err, size_t errlen)
{
	struct matrix m;
	if (matrix_build(&m, rs, n) != 0) {
		matrix_free(&m);
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	int rc = write_atomically(path, &m, f, svg_only, err, errlen);
	matrix_free(&m);
	return rc;
}

int html_write_page(const char *path, struct results *rs, int n,
		    const struct findings *f, char *err, size_t errlen)
{
	return write_one(path, rs, n, f, 0, err, errlen);
}

int html_write_svg(const char *path, struct results *rs, int n, char *err, size_t errlen)
{
	return write_one(path, rs, n, NULL, 1, err, errlen);
}
