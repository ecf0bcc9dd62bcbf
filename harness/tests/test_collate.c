/* Unit tests of collation into the report (harness/collate.c). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "collate.h"

static void env(struct results *r, const char *name, const char *repro,
		const char *ids[], const enum tap_status st[], int n)
{
	memset(r, 0, sizeof *r);
	snprintf(r->name, sizeof r->name, "%s", name);
	snprintf(r->repro, sizeof r->repro, "%s", repro);
	strcpy(r->env.kernel_release, "6.1.0");
	strcpy(r->env.runtime, "native");
	r->ncases = 1;
	r->cases = calloc(1, sizeof *r->cases);
	r->cases[0].name = strdup("pipe/eof");
	r->cases[0].cite = strdup("pipe(7) \"I/O on pipes and FIFOs\"");
	r->points = calloc((size_t)n, sizeof *r->points);
	for (int i = 0; i < n; i++) {
		r->points[i].id = strdup(ids[i]);
		r->points[i].status = st[i];
		if (st[i] == TAP_FAIL)
			r->points[i].message = strdup("read returned 1, expected 0");
		if (st[i] == TAP_SKIP)
			r->points[i].reason = strdup("close_range not supported (Linux 5.9)");
	}
	r->npoints = n;
	results_count(r);
}

static char *report(struct results *rs, int n, const char *findings, struct collate_stats *st)
{
	struct findings f;
	findings_parse(findings, &f);
	char *text;
	size_t len;
	FILE *out = open_memstream(&text, &len);
	cr_assert_eq(collate_report(out, rs, n, &f, st), 0);
	fclose(out);
	findings_free(&f);
	return text;
}

Test(collate, disagreement_with_finding_and_repro)
{
	const char *ids[] = { "pipe/eof/a", "pipe/eof/b", "pipe/eof/c" };
	enum tap_status h[] = { TAP_PASS, TAP_PASS, TAP_SKIP };
	enum tap_status g[] = { TAP_PASS, TAP_FAIL, TAP_SKIP };
	struct results rs[2];
	env(&rs[0], "host", "", ids, h, 3);
	env(&rs[1], "gvisor", "runsc --rootless do", ids, g, 3);
	struct collate_stats st;
	char *t = report(rs, 2, "# Findings\n\n## `pipe/eof/b`\n\nReal divergence: gVisor keeps the pipe open.\n", &st);
	cr_expect_eq(st.disagreements, 1);
	cr_expect_eq(st.unexplained, 0);
	cr_expect(strstr(t, "| `pipe/eof/b` | pass | **FAIL** |") != NULL, "%s", t);
	cr_expect(strstr(t, "Real divergence: gVisor keeps the pipe open.") != NULL);
	cr_expect(strstr(t, "`runsc --rootless do build/cases/pipe/eof b`") != NULL, "%s", t);
	cr_expect(strstr(t, "Documented in: pipe(7) \"I/O on pipes and FIFOs\"") != NULL);
	cr_expect(strstr(t, "| `pipe/eof/a` |") == NULL, "agreeing points are not listed");
	cr_expect(strstr(t, "- gvisor: 1 point: close_range not supported (Linux 5.9)") != NULL, "%s", t);
	free(t);
	results_free(&rs[0]);
	results_free(&rs[1]);
}

Test(collate, pattern_finding_printed_once_and_passes_grouped)
{
	const char *ids[] = { "pipe/eof/a", "pipe/eof/b" };
	enum tap_status h[] = { TAP_PASS, TAP_PASS };
	enum tap_status g[] = { TAP_FAIL, TAP_FAIL };
	struct results rs[3];
	env(&rs[0], "host", "", ids, h, 2);
	env(&rs[1], "gvisor", "", ids, g, 2);
	env(&rs[2], "kernel", "", ids, h, 2);
	struct collate_stats st;
	char *t = report(rs, 3, "# Findings\n\n## `pipe/eof/*`\n\nBoth points: one divergence.\n", &st);
	cr_expect_eq(st.disagreements, 2);
	cr_expect_eq(st.unexplained, 0);
	const char *first = strstr(t, "Both points: one divergence.");
	cr_assert(first != NULL, "%s", t);
	cr_expect(strstr(first + 1, "Both points: one divergence.") == NULL, "body repeated:\n%s", t);
	cr_expect(strstr(t, "Explained under `pipe/eof/a` above (finding `pipe/eof/*`).") != NULL, "%s", t);
	cr_expect(strstr(t, "- pass (2): host, kernel\n") != NULL, "%s", t);
	cr_expect(strstr(t, "- host: pass") == NULL, "%s", t);
	free(t);
	for (int i = 0; i < 3; i++)
		results_free(&rs[i]);
}

Test(collate, reproduce_names_the_environments_build)
{
	const char *ids[] = { "pipe/eof/a" };
	enum tap_status h[] = { TAP_PASS };
	enum tap_status m[] = { TAP_FAIL };
	struct results rs[2];
	env(&rs[0], "glibc", "", ids, h, 1);
	env(&rs[1], "musl", "", ids, m, 1);
	snprintf(rs[1].build, sizeof rs[1].build, "build-musl");
	struct collate_stats st;
	char *t = report(rs, 2, "", &st);
	cr_expect(strstr(t, "reproduce: `build-musl/cases/pipe/eof a`") != NULL, "%s", t);
	free(t);
	results_free(&rs[0]);
	results_free(&rs[1]);
}

Test(collate, unexplained_and_common_failures_are_counted)
{
	const char *ids[] = { "pipe/eof/a", "pipe/eof/b" };
	enum tap_status h[] = { TAP_FAIL, TAP_PASS };
	enum tap_status g[] = { TAP_FAIL, TAP_TIMEOUT };
	struct results rs[2];
	env(&rs[0], "host", "", ids, h, 2);
	env(&rs[1], "gvisor", "", ids, g, 2);
	struct collate_stats st;
	char *t = report(rs, 2, "", &st);
	cr_expect_eq(st.disagreements, 1);
	cr_expect_eq(st.common_failures, 1);
	cr_expect_eq(st.unexplained, 2);
	cr_expect(strstr(t, "### `pipe/eof/a` (fails in every environment)") != NULL, "%s", t);
	cr_expect(strstr(t, "**Unexplained**") != NULL);
	free(t);
	results_free(&rs[0]);
	results_free(&rs[1]);
}

Test(collate, skip_against_pass_is_explained_by_its_reason)
{
	const char *ids[] = { "pipe/eof/a" };
	enum tap_status h[] = { TAP_PASS };
	enum tap_status g[] = { TAP_SKIP };
	struct results rs[2];
	env(&rs[0], "host", "", ids, h, 1);
	env(&rs[1], "old", "", ids, g, 1);
	struct collate_stats st;
	char *t = report(rs, 2, "", &st);
	cr_expect_eq(st.disagreements, 1);
	cr_expect_eq(st.unexplained, 0);
	cr_expect(strstr(t, "Explained by the skip reason") != NULL, "%s", t);
	free(t);
	results_free(&rs[0]);
	results_free(&rs[1]);
}

Test(collate, points_missing_in_one_environment_are_not_disagreements)
{
	const char *ids[] = { "pipe/eof/a", "pipe/eof/b" };
	enum tap_status s[] = { TAP_PASS, TAP_PASS };
	struct results rs[2];
	env(&rs[0], "host", "", ids, s, 2);
	env(&rs[1], "old", "", ids, s, 1);
	struct collate_stats st;
	char *t = report(rs, 2, "", &st);
	cr_expect_eq(st.disagreements, 0);
	cr_expect(strstr(t, "None: every test point has the same outcome") != NULL);
	free(t);
	results_free(&rs[0]);
	results_free(&rs[1]);
}

Test(collate, findings_patterns)
{
	struct findings f;
	findings_parse("intro\n## proc/*\nall of proc\n\n## `pipe/eof/b`\nexact\n", &f);
	cr_assert_eq(f.n, 2);
	cr_expect_str_eq(findings_match(&f, "proc/fd_list/x")->body, "all of proc");
	cr_expect_str_eq(findings_match(&f, "pipe/eof/b")->body, "exact");
	cr_expect_null(findings_match(&f, "pipe/eof/c"));
	findings_free(&f);
}
