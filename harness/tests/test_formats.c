/* Unit tests of the CI formats (formats.c): JUnit XML and KTAP v1. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formats.h"

static void point(struct results *r, const char *id, enum tap_status s,
		  const char *message, const char *reason)
{
	struct res_point *p = &r->points[r->npoints++];
	memset(p, 0, sizeof *p);
	p->id = strdup(id);
	p->status = s;
	p->duration_ms = 1.5;
	p->message = message ? strdup(message) : NULL;
	p->reason = reason ? strdup(reason) : NULL;
	p->diag = message ? strdup(message) : NULL;
}

static void sample(struct results *r)
{
	memset(r, 0, sizeof *r);
	strcpy(r->name, "host");
	r->points = calloc(8, sizeof *r->points);
	point(r, "dup/x/a", TAP_PASS, NULL, NULL);
	point(r, "dup/x/b", TAP_FAIL, "a <b> & \"c\" \x01 \xff\xfe end", NULL);
	point(r, "pipe/y/c", TAP_SKIP, NULL, "needs # root");
	point(r, "pipe/y/d", TAP_TIMEOUT, "timeout after 5000 ms", NULL);
	point(r, "pipe/z/e", TAP_SKIP, NULL, "no /proc");
	results_count(r);
}

static int ktap_(const struct results *r, FILE *f)
{
	return results_write_ktap(r, NULL, f);
}

static char *render(int (*fn)(const struct results *, FILE *), const struct results *r)
{
	char *text = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&text, &n);
	cr_assert_eq(fn(r, f), 0);
	fclose(f);
	return text;
}

Test(formats, junit_groups_points_by_case_and_escapes)
{
	struct results r;
	sample(&r);
	char *x = render(results_write_junit, &r);
	cr_assert(strstr(x, "<testsuites name=\"fdsuite host\" tests=\"5\" failures=\"2\" errors=\"0\" skipped=\"2\""), "%s", x);
	cr_assert(strstr(x, "<testsuite name=\"dup/x\" tests=\"2\" failures=\"1\""), "%s", x);
	cr_assert(strstr(x, "<testsuite name=\"pipe/y\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"1\""), "%s", x);
	cr_assert(strstr(x, "<testcase classname=\"dup/x\" name=\"b\""), "%s", x);
	/* markup escaped; a control byte and invalid UTF-8 cannot be in XML */
	cr_assert(strstr(x, "message=\"a &lt;b&gt; &amp; &quot;c&quot; ? ?? end\""), "%s", x);
	cr_assert(strstr(x, "<failure type=\"timeout\""), "%s", x);
	cr_assert(strstr(x, "<skipped message=\"needs # root\"/>"), "%s", x);
	free(x);
}

Test(formats, ktap_nests_one_subtest_per_case)
{
	struct results r;
	sample(&r);
	char *k = render(ktap_, &r);
	cr_assert(strncmp(k, "KTAP version 1\n1..3\n", 20) == 0, "%s", k);
	cr_assert(strstr(k, "  # Subtest: dup/x\n  1..2\n  ok 1 a\n"), "%s", k);
	cr_assert(strstr(k, "  not ok 2 b\nnot ok 1 dup/x\n"), "%s", k);
	/* a '#' in a reason would start another directive */
	cr_assert(strstr(k, "  ok 1 c # SKIP needs   root\n"), "%s", k);
	cr_assert(strstr(k, "  not ok 2 d # TIMEOUT\n"), "%s", k);
	cr_assert(strstr(k, "ok 3 pipe/z # SKIP every point skipped\n"), "%s", k);
	free(k);
}
