/*
 * fdreport - collates results files into REPORT.md.
 *
 * usage: fdreport [-o REPORT.md] [-f FINDINGS.md] [--strict] RESULTS.json...
 *
 * Every results file is read whole before anything is written; a missing or
 * malformed one is a one-line error naming the file and the problem, and
 * the report is not touched.  The report is written to a temporary file and
 * renamed into place.  --strict exits 1 when a failure (in a disagreement or
 * common to all environments) has no finding that names its environment.
 *
 * usage: fdreport cite [--src DIR] [--format markdown|text] [--repro FILE]
 *                      POINT [RESULTS.json]
 *
 * prints a paste-ready bug report for one test point as recorded in one
 * results file, Markdown (default) or plain text wrapped at 72 columns,
 * with a minimal standalone reproducer generated from the case's source
 * under DIR (default: the current directory); --repro also writes the
 * reproducer alone to FILE ("-": standard output), and without a results
 * file it is all that is written.
 *
 * usage: fdreport cite [-f FINDINGS.md] --gallery DIR RESULTS.json...
 *        fdreport cite [-f FINDINGS.md] --list-findings RESULTS.json...
 *
 * --gallery writes into DIR the report on one point of every finding of
 * class divergence (the files REPORT.md links to); --list-findings prints,
 * per finding and environment it explains a failure in, one line: class,
 * pattern, environment, results file, point (tab-separated).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cite.h"
#include "collate.h"

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
	fprintf(to, "usage: fdreport [-o REPORT.md] [-f FINDINGS.md] [--strict] RESULTS.json...\n"
		    "       fdreport cite [--src DIR] [--format markdown|text] [--repro FILE] POINT [RESULTS.json]\n"
		    "       fdreport cite [--src DIR] [-f FINDINGS.md] --gallery DIR RESULTS.json...\n"
		    "       fdreport cite [-f FINDINGS.md] --list-findings RESULTS.json...\n");
}

static int cite_main(int argc, char **argv)
{
	struct cite_opts o = { .src = ".", .fmt = CITE_MARKDOWN };
	int c;
	static const struct option opts[] = {
		{ "src", required_argument, 0, 's' },
		{ "repro", required_argument, 0, 'r' },
		{ "format", required_argument, 0, 'F' },
		{ "findings", required_argument, 0, 'f' },
		{ "gallery", required_argument, 0, 'g' },
		{ "list-findings", no_argument, 0, 'l' },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 }
	};
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":s:r:f:h", opts, NULL)) != -1) {
		switch (c) {
		case 's': o.src = optarg; break;
		case 'r': o.repro_out = optarg; break;
		case 'f': o.findings = optarg; break;
		case 'g': o.gallery = optarg; break;
		case 'l': o.list_findings = 1; break;
		case 'F':
			if (strcmp(optarg, "markdown") && strcmp(optarg, "text")) {
				fprintf(stderr, "fdreport cite: --format is markdown or text, not '%s'\n", optarg);
				return 2;
			}
			o.fmt = strcmp(optarg, "text") ? CITE_MARKDOWN : CITE_TEXT;
			break;
		case 'h': usage(stdout); return 0;
		default:
			fprintf(stderr, "fdreport cite: bad option '%s'\n", argv[optind - 1]);
			usage(stderr);
			return 2;
		}
	}
	return cite_run(&o, argc - optind, argv + optind);
}

int main(int argc, char **argv)
{
	const char *output = NULL, *findings_path = NULL;
	int strict = 0, c;
	if (argc > 1 && strcmp(argv[1], "cite") == 0)
		return cite_main(argc - 1, argv + 1);
	static const struct option opts[] = {
		{ "output", required_argument, 0, 'o' },
		{ "findings", required_argument, 0, 'f' },
		{ "strict", no_argument, 0, 's' },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 }
	};
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":o:f:h", opts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'f': findings_path = optarg; break;
		case 's': strict = 1; break;
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
	struct collate_stats st;
	int bad = collate_report(out, rs, n, &f, &st);
	if (output) {
		if (fclose(out) != 0 || bad || rename(tmp, output) != 0) {
			fprintf(stderr, "fdreport: cannot write %s: %s\n", output, strerror(errno));
			unlink(tmp);
			return 2;
		}
	}
	fprintf(stderr, "fdreport: %d environments, %d disagreements, %d failing everywhere, "
			"%d unexplained (%d failures); explained failures: %d %s, %d %s, %d %s, %d %s%s%s\n",
		n, st.disagreements, st.common_failures, st.unexplained, st.unexplained_failures,
		st.classes[FINDING_DIVERGENCE], finding_class_name(FINDING_DIVERGENCE),
		st.classes[FINDING_PERMITTED], finding_class_name(FINDING_PERMITTED),
		st.classes[FINDING_ENV_LIMIT], finding_class_name(FINDING_ENV_LIMIT),
		st.classes[FINDING_UNCLASSIFIED], finding_class_name(FINDING_UNCLASSIFIED),
		output ? " -> " : "", output ? output : "");
	for (int i = 0; i < n; i++)
		results_free(&rs[i]);
	free(rs);
	findings_free(&f);
	return strict && st.unexplained ? 1 : 0;
}
