/*
 * repro.h - minimal standalone reproducers.
 *
 * The case source (with the headers it includes from the tree) is split
 * into top-level definitions by matching braces outside comments and
 * literals; the
 * selected FT_POINT's body is kept with the definitions it names,
 * transitively, and the chunks of harness/repro_lib.c (the case library in
 * minimal form) that those use.  A small main() runs the point in a child
 * under alarm() and prints one "ok" or "not ok" line, the failed check and
 * errno (number and strerror text); exit status 1 on failure.
 */
#ifndef REPRO_H
#define REPRO_H

#include <stdio.h>

struct repro_info {
	char summary[512]; /* FT_CASE's summary and citation, unescaped */
	char cite[512];
	int lines;         /* of the reproducer written */
	int execs_fixture; /* the point runs fdprobe (as a second function) or
			      another fixture */
};

/* Writes the reproducer for point id (area/behavior/point) from the source
   tree at src.  Returns 0, or -1 with one line in err ("out of memory"
   when an allocation failed).  info may be NULL. */
int repro_write(FILE *out, const char *src, const char *id, struct repro_info *info,
		char *err, size_t errlen);

/* The whole file, NUL-terminated (its length in *len if len), or NULL with
   errno set (ENOMEM when memory ran out, fopen's own allocation included). */
char *repro_slurp(const char *path, size_t *len);

#endif
