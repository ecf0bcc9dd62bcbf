/*
 * results.h - one results file per environment: the fingerprint, the run,
 * every case and every test point.  Written by the runner and read by
 * collation, both in results.c.
 *
 * Format "fdsuite-results/1" (JSON):
 *   { "format": "fdsuite-results/1",
 *     "environment": { "name", "kernel_release", "kernel_version", "arch",
 *                      "libc", "libc_version", "distro", "uid", "runtime",
 *                      "revision", "date", "repro", "build" },
 *     "run": { "wall_seconds", "jobs", "case_timeout_seconds" },
 *     "summary": { "pass", "fail", "skip", "timeout", "xfail", "xpass", "total" },
 *     "cases": [ { "name", "summary", "cite", "exit", "wall_ms", "stderr" } ],
 *     "points": [ { "id", "status", "duration_ms", "message", "reason", "diag",
 *                 "notes" } ] }
 */
#ifndef RESULTS_H
#define RESULTS_H

#include <stdio.h>

#include "runenv.h"
#include "tap.h"

#define RESULTS_FORMAT "fdsuite-results/1"

struct res_point {
	char *id;
	enum tap_status status;
	double duration_ms;
	char *message; /* failure message, or NULL */
	char *reason;  /* skip/todo reason, or NULL */
	char *diag;    /* the YAML diagnostics, or NULL */
	char *notes;   /* the point's "# " diagnostic lines, or NULL */
};

struct res_case {
	char *name;
	char *summary;
	char *cite;
	char *exit; /* "0", "1", "signal SIGSEGV", "timeout" ... */
	double wall_ms;
	char *stderr_text;
};

struct results {
	char name[128];  /* the environment's name */
	char repro[256]; /* command prefix that reruns a case there */
	char build[128]; /* the build directory that command names ("build") */
	struct fd_env env;
	double wall_seconds;
	int jobs;
	int case_timeout;
	int ncases, npoints;
	struct res_case *cases;
	struct res_point *points;
	int counts[TAP_NSTATUS];
};

/* s as a JSON string; bytes that are not UTF-8 are written as U+FFFD. */
void json_string(FILE *f, const char *s);
int results_emit(FILE *f, const struct results *r);
/* Writes path atomically (a temporary file renamed into place).  On error
   returns -1 with a one-line reason in err. */
int results_write_file(const struct results *r, const char *path, char *err,
		       size_t errlen);
void results_count(struct results *r);
/* Whether a point id is given twice: 1 with *first < *second the indices
   of the earliest such pair, 0 when every id differs, -1 when memory ran
   out.  A results file must have one verdict per point. */
int results_find_duplicate(const struct results *r, int *first, int *second);
void results_free(struct results *r);

/* Reads a results file.  On error returns -1 with one line in err naming
   the file and the problem: unreadable, "is a directory", malformed JSON
   (see json_parse_n: the line, column and byte), malformed results, or
   inconsistent results (a point id or case given twice, a summary that
   does not count the points); "out of memory" when memory ran out, never
   a fault of the file.  r is left empty on error. */
int results_read(const char *path, struct results *r, char *err, size_t errlen);
/* The same from text already in memory (path only names it in errors);
   text[len] must be NUL. */
int results_parse_n(const char *path, const char *text, size_t len,
		    struct results *r, char *err, size_t errlen);
int results_parse(const char *path, const char *text, struct results *r,
		  char *err, size_t errlen);
/* Reads a whole file into *text (NUL-terminated, *len bytes before the
   NUL; free it).  On error returns -1 with one line in err naming the
   file: unreadable, a directory, or out of memory. */
int read_whole_file(const char *path, char **text, size_t *len, char *err,
		    size_t errlen);

#endif
