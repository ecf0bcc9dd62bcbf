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

/* The options of the report itself. */
struct report_opts {
	const char *output, *findings, *html, *svg;
	int strict;
};

/* Returns the index of the first results file, or -1 after --help (0)
   or a bad option (2), with the exit status in *rc. */
static int parse_report_options(int argc, char **argv, struct report_opts *o, int *rc)
{
	static const struct option opts[] = {
		{ "output", required_argument, 0, 'o' },
		{ "findings", required_argument, 0, 'f' },
		{ "strict", no_argument, 0, 's' },
		{ "html", required_argument, 0, 'H' },
		{ "svg", required_argument, 0, 'S' },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 }
	};
	int c;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":o:f:h", opts, NULL)) != -1) {
		switch (c) {
		case 'o': o->output = optarg; break;
		case 'f': o->findings = optarg; break;
		case 's': o->strict = 1; break;
		case 'H': o->html = optarg; break;
		case 'S': o->svg = optarg; break;
		case 'h': usage(stdout); *rc = 0; return -1;
		case ':':
			fprintf(stderr, "fdreport: option '%s' needs a value\n", argv[optind - 1]);
			*rc = 2;
			return -1;
		default:
			fprintf(stderr, "fdreport: unknown option '%s'\n", argv[optind - 1]);
			usage(stderr);
			*rc = 2;
			return -1;
		}
	}
	return optind;
}

/* Every results file, each naming its own environment; -1 (said why)
   when one cannot be read or two name the same environment. */
static int read_all_results(char **paths, int n, struct results *rs)
{
	for (int i = 0; i < n; i++) {
		char err[512];
		if (results_read(paths[i], &rs[i], err, sizeof err)) {
			fprintf(stderr, "fdreport: %s\n", err);
			return -1;
		}
		for (int j = 0; j < i; j++)
			if (strcmp(rs[j].name, rs[i].name) == 0) {
				fprintf(stderr, "fdreport: %s and %s both name the environment '%s'\n",
					paths[j], paths[i], rs[i].name);
				return -1;
			}
	}
	return 0;
}

/* The findings, from path (none when path is NULL); -1 (said why) when
   they cannot be read. */
static int read_findings(const char *path, struct findings *f)
{
	if (!path)
		return 0;
	char *text, err[512];
	size_t len;
	if (read_whole_file(path, &text, &len, err, sizeof err)) {
		fprintf(stderr, "fdreport: %s\n", err);
		return -1;
	}
	int bad = findings_parse(text, f);
	free(text);
	if (bad) {
		fprintf(stderr, "fdreport: %s: out of memory\n", path);
		return -1;
	}
	return 0;
}

static void print_stats(int n, const struct collate_stats *st, const char *output)
{
	fprintf(stderr, "fdreport: %d environments, %d disagreements, %d failing everywhere, "
			"%d unexplained (%d failures); explained failures: %d %s, %d %s, %d %s, %d %s%s%s\n",
		n, st->disagreements, st->common_failures, st->unexplained, st->unexplained_failures,
		st->classes[FINDING_DIVERGENCE], finding_class_name(FINDING_DIVERGENCE),
		st->classes[FINDING_PERMITTED], finding_class_name(FINDING_PERMITTED),
		st->classes[FINDING_ENV_LIMIT], finding_class_name(FINDING_ENV_LIMIT),
		st->classes[FINDING_UNCLASSIFIED], finding_class_name(FINDING_UNCLASSIFIED),
		output ? " -> " : "", output ? output : "");
}

/* The heat map and the page, then the report (to a temporary file renamed
   into place, or to stdout).  Returns the exit status. */
static int write_report(const struct report_opts *o, struct results *rs, int n,
			const struct findings *f)
{
	const char *output = o->output;
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
	if (o->html || o->svg) {
		char err[512];
		if ((o->svg && html_write_svg(o->svg, rs, n, err, sizeof err)) ||
		    (o->html && html_write_page(o->html, rs, n, f, err, sizeof err))) {
			fprintf(stderr, "fdreport: %s\n", err);
			if (output) {
				fclose(out);
				unlink(tmp);
			}
			return 2;
		}
		collate_image = o->svg;
	}
	struct collate_stats st;
	int bad = collate_report(out, rs, n, f, &st);
	if (bad && errno == ENOMEM) {
		fprintf(stderr, "fdreport: out of memory writing the report%s%s\n",
			output ? "; left untouched: " : "", output ? output : "");
		if (output) {
			fclose(out);
			unlink(tmp);
		}
		return 2;
	}
	if (output ? fclose(out) != 0 || bad || rename(tmp, output) != 0
		   : fflush(out) != 0 || bad || ferror(out)) {
		fprintf(stderr, "fdreport: cannot write %s: %s\n",
			output ? output : "the report to standard output", strerror(errno));
		if (output)
			unlink(tmp);
		return 2;
	}
	print_stats(n, &st, output);
	return o->strict && st.unexplained ? 1 : 0;
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "cite") == 0)
		return cite_main(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "diff") == 0)
		return diff_main(argc - 1, argv + 1);
	struct report_opts o = { 0 };
	int rc = 2;
	int first = parse_report_options(argc, argv, &o, &rc);
	if (first < 0)
		return rc;
	int n = argc - first;
	if (n < 1) {
		fprintf(stderr, "fdreport: no results files given\n");
		usage(stderr);
		return 2;
	}
	/* every exit frees what it read: memcheck runs this program */
	struct findings f = { 0 };
	struct results *rs = calloc((size_t)n, sizeof *rs);
	if (!rs) {
		fprintf(stderr, "fdreport: out of memory\n");
		return 2;
	}
	if (!o.findings && access("results/FINDINGS.md", R_OK) == 0)
		o.findings = "results/FINDINGS.md";
	if (read_all_results(argv + first, n, rs) == 0 && read_findings(o.findings, &f) == 0)
		rc = write_report(&o, rs, n, &f);
	for (int i = 0; i < n; i++)
		results_free(&rs[i]);
	free(rs);
	findings_free(&f);
	return rc;
}
