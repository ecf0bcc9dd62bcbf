/* Unit tests of the TAP parser (harness/tap.c). */
#include <criterion/criterion.h>
#include <string.h>

#include "tap.h"

static const char *sample =
	"TAP version 13\n"
	"1..5\n"
	"# case: dup'd descriptors share one offset\n"
	"# cite: dup(2) DESCRIPTION\n"
	"ok 1 - dup/shares_offset/a\n"
	"  ---\n"
	"  duration_ms: 1.250\n"
	"  ...\n"
	"not ok 2 - dup/shares_offset/b\n"
	"  ---\n"
	"  message: \"lseek: expected \\\"3\\\", got 0\\nmore\"\n"
	"  errno: \"EBADF\"\n"
	"  duration_ms: 2.5\n"
	"  ...\n"
	"ok 3 - dup/shares_offset/c # SKIP close_range not supported (Linux 5.9)\n"
	"not ok 4 - dup/shares_offset/d # TODO expected to fail under gvisor: why\n"
	"not ok 5 - dup/shares_offset/e\n"
	"  ---\n"
	"  message: \"timed out: the point did not finish within 500 ms\"\n"
	"  ...\n";

Test(tap, parses_plan_comments_and_points)
{
	struct tap_result r;
	cr_assert_eq(tap_parse(sample, &r), 0);
	cr_expect_eq(r.planned, 5);
	cr_expect(r.version_seen);
	cr_expect_str_eq(r.cite, "dup(2) DESCRIPTION");
	cr_expect_str_eq(r.summary, "dup'd descriptors share one offset");
	cr_assert_eq(r.npoints, 5);
	cr_expect_str_eq(r.points[0].id, "dup/shares_offset/a");
	cr_expect_eq(r.points[0].status, TAP_PASS);
	cr_expect_float_eq(r.points[0].duration_ms, 1.25, 1e-9);
	cr_expect_eq(r.points[1].status, TAP_FAIL);
	cr_expect_eq(r.points[1].number, 2);
	tap_result_free(&r);
}

Test(tap, unquotes_yaml_message)
{
	struct tap_result r;
	cr_assert_eq(tap_parse(sample, &r), 0);
	cr_expect_str_eq(r.points[1].message, "lseek: expected \"3\", got 0\nmore");
	cr_expect(strstr(r.points[1].yaml, "errno: \"EBADF\"") != NULL);
	cr_expect_float_eq(r.points[1].duration_ms, 2.5, 1e-9);
	tap_result_free(&r);
}

Test(tap, directives)
{
	struct tap_result r;
	cr_assert_eq(tap_parse(sample, &r), 0);
	cr_expect_eq(r.points[2].status, TAP_SKIP);
	cr_expect_str_eq(r.points[2].reason, "close_range not supported (Linux 5.9)");
	cr_expect_eq(r.points[3].status, TAP_XFAIL);
	cr_expect_str_eq(r.points[3].reason, "expected to fail under gvisor: why");
	cr_expect_eq(r.points[4].status, TAP_TIMEOUT);
	tap_result_free(&r);
}

Test(tap, todo_that_passes_is_xpass_and_skip_on_not_ok_stays_failure)
{
	struct tap_result r;
	cr_assert_eq(tap_parse("ok 1 - a/b/c # TODO gvisor\nnot ok 2 - a/b/d # SKIP x\n", &r), 0);
	cr_expect_eq(r.points[0].status, TAP_XPASS);
	cr_expect_eq(r.points[1].status, TAP_FAIL);
	cr_expect_eq(r.planned, -1);
	tap_result_free(&r);
}

Test(tap, truncated_output_and_bail_out)
{
	struct tap_result r;
	cr_assert_eq(tap_parse("TAP version 13\n1..3\nok 1 - a/b/c\nBail out! no /proc", &r), 0);
	cr_expect_eq(r.planned, 3);
	cr_expect_eq(r.npoints, 1);
	cr_expect(r.bailed_out);
	tap_result_free(&r);
}

Test(tap, status_names_round_trip)
{
	for (int s = 0; s < TAP_NSTATUS; s++)
		cr_expect_eq(tap_status_from_name(tap_status_name(s)), s);
	cr_expect_eq(tap_status_from_name("passed"), -1);
}

Test(tap, keeps_diagnostics_after_a_point)
{
	struct tap_result r;
	cr_assert_eq(tap_parse("TAP version 13\n1..2\n# case: c\n"
			       "ok 1 - a/b/c\n  ---\n  duration_ms: 1\n  ...\n"
			       "# umask 0022\n# cwd /\n"
			       "ok 2 - a/b/d\n", &r), 0);
	cr_assert_eq(r.npoints, 2);
	cr_expect_str_eq(r.points[0].notes, "umask 0022\ncwd /\n");
	cr_expect_null(r.points[1].notes);
	cr_expect_str_eq(r.summary, "c");
	tap_result_free(&r);
}
