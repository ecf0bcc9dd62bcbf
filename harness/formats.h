/*
 * formats.h - a run's results as JUnit XML (one <testsuite> per case
 * program, one <testcase> per point, classname = area/behavior, failures
 * and skips with their messages) and as KTAP v1 (one nested subtest per
 * case program, "# SKIP reason" on skipped points).
 */
#ifndef FORMATS_H
#define FORMATS_H

#include <stdio.h>

#include "results.h"

/* Both return 0, or -1 on a write error.  Points of one case must be
   consecutive in r->points, as the runner and the reader keep them. */
int results_write_junit(const struct results *r, FILE *f);
/* comment, if not NULL, is printed as a "# " line after the plan. */
int results_write_ktap(const struct results *r, const char *comment, FILE *f);

#endif
