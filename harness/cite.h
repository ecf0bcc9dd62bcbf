/*
 * cite.h - paste-ready bug reports for one test point in one results file,
 * as Markdown (GitHub, GitLab) or plain text (mailing lists: wrapped at 72
 * columns, no tables, no HTML), each with a minimal standalone reproducer
 * (repro.h); the gallery of reports on every divergence of FINDINGS.md;
 * and the list of findings with one failing point per environment, which
 * harness/check-findings.sh re-proves.
 */
#ifndef CITE_H
#define CITE_H

#include <stdio.h>

#include "results.h"

enum cite_format { CITE_MARKDOWN, CITE_TEXT };

/* Writes the reproducer for point id (area/behavior/point) from the source
   tree at src.  Returns 0, or -1 with one line in err. */
int cite_reproducer(FILE *out, const char *src, const char *id, char *err,
		    size_t errlen);
/* Writes the report; the reproducer is embedded.  Returns 0, or -1 with
   one line in err (unknown point, unreadable source). */
int cite_report(FILE *out, const struct results *r, const char *src,
		const char *id, enum cite_format fmt, char *err, size_t errlen);

struct cite_opts {
	const char *src;       /* the source tree ("." by default) */
	const char *repro_out; /* --repro FILE ("-": standard output) */
	const char *findings;  /* -f FINDINGS.md (default results/FINDINGS.md) */
	const char *gallery;   /* --gallery DIR */
	int list_findings;     /* --list-findings */
	enum cite_format fmt;
};
/* fdreport cite after its options: args are POINT [RESULTS.json], or with
   --gallery or --list-findings the results files.  Returns the exit
   status; errors are one line on stderr. */
int cite_run(const struct cite_opts *o, int nargs, char **args);

#endif
