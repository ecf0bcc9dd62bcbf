/*
 * collate.h - the report (REPORT.md) from results files (read by results.h):
 * a summary row per environment, the points where environments disagree
 * (each with its citation, the observations, the command that reproduces
 * it and the finding that explains it), points failing everywhere, and the
 * skips grouped by reason.
 */
#ifndef COLLATE_H
#define COLLATE_H

#include <stdio.h>

#include "results.h"

/* What a finding says about the environments it names (its "Class:"
   line): they break the documented behavior, they differ where the
   documentation permits either behavior, or they cannot provide what the
   point needs. */
enum finding_class {
	FINDING_UNCLASSIFIED, /* no or an unknown "Class:" line */
	FINDING_DIVERGENCE,
	FINDING_PERMITTED,
	FINDING_ENV_LIMIT,
	FINDING_NCLASS
};
/* "divergence", "permitted difference", "environment limit" ... */
const char *finding_class_name(enum finding_class c);

struct finding {
	char *pattern; /* a point id or an fnmatch(3) pattern */
	char *body;    /* Markdown, without the two lines below */
	char *envs;    /* the "Environments:" line's value, or NULL */
	enum finding_class cls; /* the "Class:" line */
};
struct findings {
	int n;
	struct finding *f;
};
/* "## PATTERN" headings, each followed by its body.  Two lines of the body
   are read and taken out of it:
     Environments: TERM[, TERM...]
     Class: divergence | permitted difference | environment limit
   A TERM is NAME followed by any number of version bounds (OP VERSION,
   OP one of < <= > >= =).  NAME names an environment when it is one of its
   runtimes (results "runtime"), its libc, or an fnmatch(3) pattern of its
   name; "*" names every environment.  A runtime's version is the one its
   environment's name carries after "NAME-" (qemu-user-10.0.13-x86_64:
   10.0.13), a libc's is its libc_version; versions compare numerically
   part by part, a missing part counting as 0 (so 7.2.22 > 7.2).  A term
   with bounds names no environment whose version is unknown.  Returns -1
   (out empty) when memory ran out. */
int findings_parse(const char *text, struct findings *out);
void findings_free(struct findings *f);
/* The first finding whose pattern matches id, whatever it names. */
const struct finding *findings_match(const struct findings *f, const char *id);
/* 1 if the finding's "Environments:" line names environment r. */
int finding_names_env(const struct finding *fd, const struct results *r);
/* The first finding whose pattern matches id and that names r: the only
   kind that explains a failure of id in r. */
const struct finding *findings_match_env(const struct findings *f, const char *id,
					 const struct results *r);

/* s on one line, safe in a Markdown table cell ('|' escaped). */
void md_inline(FILE *out, const char *s);
/* The command that reruns point id in r's environment, in backquotes. */
void md_reproduce(FILE *out, const struct results *r, const char *id);
/* A failure finding fi explains: the first environment (in the order of
   rs) with one, and there the point with the smallest id.  Returns that
   environment's index, or -1. */
int finding_example(const struct findings *f, int fi, const struct results *rs, int n,
		    const char **id);
/* reports/ENV--AREA-BEHAVIOR-POINT.md: where the report of point id in r
   goes in the gallery REPORT.md links to. */
void finding_report_path(char *buf, size_t n, const char *id, const struct results *r);

struct collate_stats {
	int disagreements;
	int common_failures;
	int unexplained;          /* points with a failure no finding explains */
	int unexplained_failures; /* such failures, one per point and environment */
	int classes[FINDING_NCLASS]; /* explained failures by their finding's class */
};
/* When set, the report shows this image (the heat map) under its title. */
extern const char *collate_image;

/* Writes the report (sorting each environment's points by id).  Returns
   0, or -1 with errno ENOMEM when memory ran out, or another errno when
   writing failed. */
int collate_report(FILE *out, struct results *rs, int n,
		   const struct findings *f, struct collate_stats *st);

#endif
