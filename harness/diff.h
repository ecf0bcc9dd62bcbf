/*
 * diff.h - what changed between two runs (an OLD results file, the last
 * known-good run, and a NEW one): regressions, points fixed, newly
 * skipped, vanished and new.  Used by `fdreport diff`; a runner can call
 * the same functions on the run it has just made.
 */
#ifndef DIFF_H
#define DIFF_H

#include <stdio.h>

#include "results.h"

enum diff_kind {
	DIFF_REGRESSION, /* pass or xpass in OLD, fail or timeout in NEW */
	DIFF_FIXED,      /* fail or timeout in OLD, pass or xpass in NEW */
	DIFF_SKIPPED,    /* run in OLD, skipped in NEW */
	DIFF_UNSKIPPED,  /* skipped in OLD, run in NEW */
	DIFF_VANISHED,   /* in OLD, not in NEW */
	DIFF_NEW,        /* in NEW, not in OLD */
	DIFF_CHANGED,    /* any other change (fail <-> timeout, pass <-> xfail ...) */
	DIFF_STILL_FAILING, /* fail or timeout in both: a known divergence */
	DIFF_NKINDS
};

struct diff_entry {
	enum diff_kind kind;
	const char *id;
	const struct res_point *old, *new; /* NULL when absent there */
};

struct diff {
	int n;               /* entries, sorted by kind then id */
	struct diff_entry *e;
	int count[DIFF_NKINDS];
	int unchanged;       /* same status in both, not failing */
};

/* Compares two runs; neither is modified, and the entries point into
   them.  Each must give every point id once (see results_find_duplicate).
   Returns 0, or -1 with errno ENOMEM. */
int results_diff(const struct results *old, const struct results *new,
		 struct diff *d);
void diff_free(struct diff *d);
/* 1 when the comparison shows a regression, 0 otherwise: the exit status
   of `fdreport diff`, for CI to fail on. */
int diff_status(const struct diff *d);
/* Writes the comparison as text (a line per point, grouped by kind), or
   as Markdown for a bug report.  Returns 0, or -1 when writing failed. */
int diff_print(FILE *out, const struct diff *d, const struct results *old,
	       const struct results *new, int markdown);

/* `fdreport diff`: reads both files, writes the comparison to out, and
   returns the exit status: 1 when there is a regression, 0 when there is
   none, 2 with one line in err when a file cannot be read or is refused
   (see results_read) or the comparison cannot be written. */
int diff_files(const char *old_path, const char *new_path, int markdown, FILE *out,
	       char *err, size_t errlen);

#endif
