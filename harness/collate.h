/*
 * collate.h - reading results files and writing the report (REPORT.md):
 * a summary row per environment, the points where environments disagree
 * (each with its citation, the observations, the command that reproduces
 * it and the finding that explains it), points failing everywhere, and the
 * skips grouped by reason.
 */
#ifndef COLLATE_H
#define COLLATE_H

#include <stdio.h>

#include "results.h"

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

struct finding {
	char *pattern; /* a point id or an fnmatch(3) pattern */
	char *body;    /* Markdown */
};
struct findings {
	int n;
	struct finding *f;
};
/* "## PATTERN" headings, each followed by its body.  Returns -1 (out
   empty) when memory ran out. */
int findings_parse(const char *text, struct findings *out);
void findings_free(struct findings *f);
const struct finding *findings_match(const struct findings *f, const char *id);

/* s on one line, safe in a Markdown table cell ('|' escaped). */
void md_inline(FILE *out, const char *s);
/* The command that reruns point id in r's environment, in backquotes. */
void md_reproduce(FILE *out, const struct results *r, const char *id);

struct collate_stats {
	int disagreements;
	int common_failures;
	int unexplained;
};
/* Writes the report (sorting each environment's points by id).  Returns
   0, or -1 with errno ENOMEM when memory ran out, or another errno when
   writing failed. */
int collate_report(FILE *out, struct results *rs, int n,
		   const struct findings *f, struct collate_stats *st);

#endif
