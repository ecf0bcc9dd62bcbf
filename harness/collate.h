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
   the file and the problem. */
int results_read(const char *path, struct results *r, char *err, size_t errlen);
/* The same from text already in memory (path only names it in errors). */
int results_parse(const char *path, const char *text, struct results *r,
		  char *err, size_t errlen);

struct finding {
	char *pattern; /* a point id or an fnmatch(3) pattern */
	char *body;    /* Markdown */
};
struct findings {
	int n;
	struct finding *f;
};
/* "## PATTERN" headings, each followed by its body. */
int findings_parse(const char *text, struct findings *out);
void findings_free(struct findings *f);
const struct finding *findings_match(const struct findings *f, const char *id);

struct collate_stats {
	int disagreements;
	int common_failures;
	int unexplained;
};
/* When set, the report shows this image (the heat map) under its title. */
extern const char *collate_image;
int collate_report(FILE *out, struct results *rs, int n,
		   const struct findings *f, struct collate_stats *st);

#endif
