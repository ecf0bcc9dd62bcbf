/*
 * fdreport - collates results files into REPORT.md.
 *
 * usage: fdreport [-o REPORT.md] [-f FINDINGS.md] [--strict] RESULTS.json...
 *
 * Every results file is read whole before anything is written; a missing or
 * malformed one is a one-line error naming the file and the problem, and
 * the report is not touched.  The report is written to a temporary file and
 * renamed into place.  --strict exits 1 when a failure (in a disagreement or
 * common to all environments) has no finding that names its environment.  --html FILE
 * also writes the matrix as a page with a heat map (html.c); --svg FILE the
 * heat map alone, which the report then shows under its title.
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
 *
 * usage: fdreport diff [--markdown] OLD.json NEW.json
 *
 * compares two runs, typically the last known-good one and one on a new
 * kernel: lists the points that passed in OLD and fail or time out in NEW
 * (regressions), those fixed, newly skipped, vanished and new, and those
 * still failing.  --markdown writes it for a bug report.  Exit status: 1
 * when there is a regression, 0 when there is none, 2 on bad usage or a
 * file that cannot be read or is refused.
 *
 * A results file is refused (exit 2, one line naming the file and what is
 * wrong: the line, column and byte, or the point id) when it is not valid
 * JSON, holds NaN or infinity, "\u0000", invalid UTF-8 or anything after
 * the value, gives a key, a point id or a case twice, or has a summary
 * that does not count its points.  Memory running out is reported as "out
 * of memory", never as a fault of the file.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cite.h"
#include "collate.h"
#include "diff.h"
#include "html.h"

static void usage(FILE *to)
{
	fprintf(to, "usage: fdreport [-o REPORT.md] [-f FINDINGS.md] [--html FILE] [--svg FILE] [--strict] RESULTS.json...\n"
		    "       fdreport cite [--src DIR] [--format markdown|text] [--repro FILE] POINT [RESULTS.json]\n"
		    "       fdreport cite [--src DIR] [-f FINDINGS.md] --gallery DIR RESULTS.json...\n"
		    "       fdreport cite [-f FINDINGS.md] --list-findings RESULTS.json...\n"
		    "       fdreport diff [--markdown] OLD.json NEW.json\n"
		    "\n"
		    "diff lists the points that passed in OLD and fail or time out in NEW\n"
		    "(regressions), those fixed, newly skipped, vanished and new; it exits 1\n"
		    "when there is a regression, 0 when there is none, 2 on bad input.\n");
}

static int diff_main(int argc, char **argv)
{
	int markdown = 0, c;
	static const struct option opts[] = {
		{ "markdown", no_argument, 0, 'm' },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 }
	};
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case 'm': markdown = 1; break;
		case 'h': usage(stdout); return 0;
		default:
			fprintf(stderr, "fdreport diff: bad option '%s'\n", argv[optind - 1]);
			usage(stderr);
			return 2;
		}
	}
	if (argc - optind != 2) {
		fprintf(stderr, "fdreport diff: wants two results files, OLD and NEW\n");
		usage(stderr);
		return 2;
	}
	char err[512];
	int rc = diff_files(argv[optind], argv[optind + 1], markdown, stdout, err, sizeof err);
	if (rc == 2)
		fprintf(stderr, "fdreport diff: %s\n", err);
	return rc;
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
	const char *output = NULL, *findings_path = NULL, *html = NULL, *svg = NULL;
	int strict = 0, c;
	if (argc > 1 && strcmp(argv[1], "cite") == 0)
		return cite_main(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "diff") == 0)
		return diff_main(argc - 1, argv + 1);
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
	/* every exit frees what it read: memcheck runs this program */
	int rc = 2;
	struct findings f = { 0 };
	struct results *rs = calloc((size_t)n, sizeof *rs);
	if (!rs) {
		fprintf(stderr, "fdreport: out of memory\n");
		return 2;
	}
	for (int i = 0; i < n; i++) {
		char err[512];
		if (results_read(argv[optind + i], &rs[i], err, sizeof err)) {
			fprintf(stderr, "fdreport: %s\n", err);
			goto done;
		}
		for (int j = 0; j < i; j++)
			if (strcmp(rs[j].name, rs[i].name) == 0) {
				fprintf(stderr, "fdreport: %s and %s both name the environment '%s'\n",
					argv[optind + j], argv[optind + i], rs[i].name);
				goto done;
			}
	}
	if (!findings_path && access("results/FINDINGS.md", R_OK) == 0)
		findings_path = "results/FINDINGS.md";
	if (findings_path) {
		char *text, err[512];
		size_t len;
		if (read_whole_file(findings_path, &text, &len, err, sizeof err)) {
			fprintf(stderr, "fdreport: %s\n", err);
			goto done;
		}
		int bad = findings_parse(text, &f);
		free(text);
		if (bad) {
			fprintf(stderr, "fdreport: %s: out of memory\n", findings_path);
			goto done;
		}
	}
	FILE *out = stdout;
	char tmp[4096] = "";
	if (output) {
		snprintf(tmp, sizeof tmp, "%s.tmp.%d", output, (int)getpid());
		out = fopen(tmp, "w");
		if (!out) {
			fprintf(stderr, "fdreport: cannot write %s: %s\n", output, strerror(errno));
			goto done;
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
	if (bad && errno == ENOMEM) {
		fprintf(stderr, "fdreport: out of memory writing the report%s%s\n",
			output ? "; left untouched: " : "", output ? output : "");
		if (output) {
			fclose(out);
			unlink(tmp);
		}
		goto done;
	}
	if (output ? fclose(out) != 0 || bad || rename(tmp, output) != 0
		   : fflush(out) != 0 || bad || ferror(out)) {
		fprintf(stderr, "fdreport: cannot write %s: %s\n",
			output ? output : "the report to standard output", strerror(errno));
		if (output)
			unlink(tmp);
		goto done;
	}
	fprintf(stderr, "fdreport: %d environments, %d disagreements, %d failing everywhere, "
			"%d unexplained (%d failures); explained failures: %d %s, %d %s, %d %s, %d %s%s%s\n",
		n, st.disagreements, st.common_failures, st.unexplained, st.unexplained_failures,
		st.classes[FINDING_DIVERGENCE], finding_class_name(FINDING_DIVERGENCE),
		st.classes[FINDING_PERMITTED], finding_class_name(FINDING_PERMITTED),
		st.classes[FINDING_ENV_LIMIT], finding_class_name(FINDING_ENV_LIMIT),
		st.classes[FINDING_UNCLASSIFIED], finding_class_name(FINDING_UNCLASSIFIED),
		output ? " -> " : "", output ? output : "");
	rc = strict && st.unexplained ? 1 : 0;
done:
	for (int i = 0; i < n; i++)
		results_free(&rs[i]);
	free(rs);
	findings_free(&f);
	return rc;
}
