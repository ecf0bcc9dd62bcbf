/*
 * fdreport - collates results files into REPORT.md.
 *
 * usage: fdreport [-o REPORT.md] [-f FINDINGS.md] [--strict] RESULTS.json...
 *
 * Every results file is read whole before anything is written; a missing or
 * malformed one is a one-line error naming the file and the problem, and
 * the report is not touched.  The report is written to a temporary file and
 * renamed into place.  --strict exits 1 when a disagreement or a failure
 * common to all environments has no finding that explains it.  --html FILE
 * also writes the matrix as a page with a heat map (html.c); --svg FILE the
 * heat map alone, which the report then shows under its title.
 *
 * usage: fdreport cite [--src DIR] [--repro FILE] POINT RESULTS.json
 *
 * prints a paste-ready Markdown bug report for one test point as recorded
 * in one results file, with a standalone reproducer generated from the
 * case's source under DIR (default: the current directory); --repro also
 * writes the reproducer alone to FILE.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cite.h"
#include "collate.h"
#include "html.h"

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return NULL;
	size_t cap = 1 << 14, len = 0, got;
	char *t = malloc(cap);
	while (t && (got = fread(t + len, 1, cap - len - 1, f)) > 0) {
		len += got;
		if (len + 1 == cap)
			t = realloc(t, cap *= 2);
	}
	fclose(f);
	if (t)
		t[len] = 0;
	return t;
}

static void usage(FILE *to)
{
	fprintf(to, "usage: fdreport [-o REPORT.md] [-f FINDINGS.md] [--html FILE] [--svg FILE] [--strict] RESULTS.json...\n"
		    "       fdreport cite [--src DIR] [--repro FILE] POINT RESULTS.json\n");
}

static int cite_main(int argc, char **argv)
{
	const char *src = ".", *repro_out = NULL;
	int c;
	static const struct option opts[] = {
		{ "src", required_argument, 0, 's' },
		{ "repro", required_argument, 0, 'r' },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 }
	};
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":s:r:h", opts, NULL)) != -1) {
		switch (c) {
		case 's': src = optarg; break;
		case 'r': repro_out = optarg; break;
		case 'h': usage(stdout); return 0;
		default:
			fprintf(stderr, "fdreport cite: bad option '%s'\n", argv[optind - 1]);
			usage(stderr);
			return 2;
		}
	}
	if (argc - optind != 2) {
		fprintf(stderr, "fdreport cite: wants a test point and a results file\n");
		usage(stderr);
		return 2;
	}
	const char *id = argv[optind], *file = argv[optind + 1];
	struct results r;
	char err[512];
	if (results_read(file, &r, err, sizeof err)) {
		fprintf(stderr, "fdreport: %s\n", err);
		return 2;
	}
	if (repro_out) {
		char tmp[4096];
		snprintf(tmp, sizeof tmp, "%s.tmp.%d", repro_out, (int)getpid());
		FILE *f = fopen(tmp, "w");
		if (!f || cite_reproducer(f, src, id, err, sizeof err) || fclose(f) ||
		    rename(tmp, repro_out)) {
			if (!f)
				snprintf(err, sizeof err, "cannot write %s: %s", repro_out, strerror(errno));
			fprintf(stderr, "fdreport cite: %s\n", err);
			unlink(tmp);
			results_free(&r);
			return 2;
		}
	}
	int rc = cite_report(stdout, &r, src, id, err, sizeof err);
	if (rc)
		fprintf(stderr, "fdreport cite: %s\n", err);
	results_free(&r);
	return rc ? 2 : 0;
}

int main(int argc, char **argv)
{
	const char *output = NULL, *findings_path = NULL, *html = NULL, *svg = NULL;
	int strict = 0, c;
	if (argc > 1 && strcmp(argv[1], "cite") == 0)
		return cite_main(argc - 1, argv + 1);
	static const struct option opts[] = {
		{ "output", required_argument, 0, 'o' },
		{ "findings", required_argument, 0, 'f' },
		{ "strict", no_argument, 0, 's' },
		{ "html", required_argument, 0, 'H' },
		{ "svg", required_argument, 0, 'S' },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 }
	};
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":o:f:h", opts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'f': findings_path = optarg; break;
		case 's': strict = 1; break;
		case 'H': html = optarg; break;
		case 'S': svg = optarg; break;
		case 'h': usage(stdout); return 0;
		case ':':
			fprintf(stderr, "fdreport: option '%s' needs a value\n", argv[optind - 1]);
			return 2;
		default:
			fprintf(stderr, "fdreport: unknown option '%s'\n", argv[optind - 1]);
			usage(stderr);
			return 2;
		}
	}
	int n = argc - optind;
	if (n < 1) {
		fprintf(stderr, "fdreport: no results files given\n");
		usage(stderr);
		return 2;
	}
	struct results *rs = calloc((size_t)n, sizeof *rs);
	for (int i = 0; i < n; i++) {
		char err[512];
		if (results_read(argv[optind + i], &rs[i], err, sizeof err)) {
			fprintf(stderr, "fdreport: %s\n", err);
			return 2;
		}
		for (int j = 0; j < i; j++)
			if (strcmp(rs[j].name, rs[i].name) == 0) {
				fprintf(stderr, "fdreport: %s and %s both name the environment '%s'\n",
					argv[optind + j], argv[optind + i], rs[i].name);
				return 2;
			}
	}
	struct findings f = { 0 };
	if (!findings_path && access("results/FINDINGS.md", R_OK) == 0)
		findings_path = "results/FINDINGS.md";
	if (findings_path) {
		char *text = slurp(findings_path);
		if (!text) {
			fprintf(stderr, "fdreport: cannot read %s: %s\n", findings_path, strerror(errno));
			return 2;
		}
		findings_parse(text, &f);
		free(text);
	}
	FILE *out = stdout;
	char tmp[4096] = "";
	if (output) {
		snprintf(tmp, sizeof tmp, "%s.tmp.%d", output, (int)getpid());
		out = fopen(tmp, "w");
		if (!out) {
			fprintf(stderr, "fdreport: cannot write %s: %s\n", output, strerror(errno));
			return 2;
		}
	}
	if (html || svg) {
		char err[512];
		if ((svg && html_write_svg(svg, rs, n, err, sizeof err)) ||
		    (html && html_write_page(html, rs, n, &f, err, sizeof err))) {
			fprintf(stderr, "fdreport: %s\n", err);
			if (output) {
				fclose(out);
				unlink(tmp);
			}
			return 2;
		}
		collate_image = svg;
	}
	struct collate_stats st;
	int bad = collate_report(out, rs, n, &f, &st);
	if (output) {
		if (fclose(out) != 0 || bad || rename(tmp, output) != 0) {
			fprintf(stderr, "fdreport: cannot write %s: %s\n", output, strerror(errno));
			unlink(tmp);
			return 2;
		}
	}
	fprintf(stderr, "fdreport: %d environments, %d disagreements, %d failing everywhere, %d unexplained%s%s\n",
		n, st.disagreements, st.common_failures, st.unexplained,
		output ? " -> " : "", output ? output : "");
	for (int i = 0; i < n; i++)
		results_free(&rs[i]);
	free(rs);
	findings_free(&f);
	return strict && st.unexplained ? 1 : 0;
}
