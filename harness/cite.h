/*
 * cite.h - a paste-ready bug report for one test point in one results
 * file, and a standalone reproducer: one C file holding the case with the
 * case library inlined, built with plain `cc repro.c`.
 */
#ifndef CITE_H
#define CITE_H

#include <stdio.h>

#include "results.h"

/* Writes the reproducer for point id (area/behavior/point) from the source
   tree at src.  Returns 0, or -1 with one line in err. */
int cite_reproducer(FILE *out, const char *src, const char *id, char *err,
		    size_t errlen);
/* Writes the Markdown report; the reproducer is embedded.  Returns 0, or
   -1 with one line in err (unknown point, unreadable source). */
int cite_report(FILE *out, const struct results *r, const char *src,
		const char *id, char *err, size_t errlen);

#endif
