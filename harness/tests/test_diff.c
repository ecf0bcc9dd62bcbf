/* Unit tests of the comparison of two runs (harness/diff.c). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "collate.h"
#include "diff.h"

static void run(struct results *r, const char *name, const char *ids[],
		const enum tap_status st[], int n)
{
	memset(r, 0, sizeof *r);
	snprintf(r->name, sizeof r->name, "%s", name);
	strcpy(r->env.kernel_release, name[0] == 'o' ? "6.1.0" : "6.12.0");
	r->points = calloc((size_t)n + 1, sizeof *r->points);
	for (int i = 0; i < n; i++) {
		r->points[i].id = strdup(ids[i]);
		r->points[i].status = st[i];
		if (st[i] == TAP_FAIL)
			r->points[i].message = strdup("read returned 1 | expected 0");
		if (st[i] == TAP_SKIP)
			r->points[i].reason = strdup("pidfd_open not supported (Linux 5.3)");
	}
	r->npoints = n;
	results_count(r);
}

/* OLD and NEW with one point of every kind, in shuffled order. */
static void pair(struct results *old, struct results *new)
{
	const char *o[] = { "p/fixed/a", "p/reg/a", "p/same/a", "p/skip/a", "p/gone/a",
			    "p/reg/t", "p/still/a", "p/unskip/a", "p/todo/a" };
	enum tap_status os[] = { TAP_FAIL, TAP_PASS, TAP_PASS, TAP_PASS, TAP_PASS,
				 TAP_XPASS, TAP_FAIL, TAP_SKIP, TAP_PASS };
	const char *n[] = { "p/todo/a", "p/reg/t", "p/new/a", "p/unskip/a", "p/still/a",
			    "p/skip/a", "p/same/a", "p/reg/a", "p/fixed/a" };
	enum tap_status ns[] = { TAP_XFAIL, TAP_TIMEOUT, TAP_PASS, TAP_FAIL, TAP_TIMEOUT,
				 TAP_SKIP, TAP_PASS, TAP_FAIL, TAP_PASS };
	run(old, "old", o, os, 9);
	run(new, "new", n, ns, 9);
}

static const char *kind_of(const struct diff *d, const char *id)
{
	static const char *names[] = { "regression", "fixed", "skipped", "unskipped", "vanished",
				       "new", "changed", "still failing" };
	for (int i = 0; i < d->n; i++)
		if (strcmp(d->e[i].id, id) == 0)
			return names[d->e[i].kind];
	return "unchanged";
}

Test(diff, every_kind_of_change)
{
	struct results old, new;
	pair(&old, &new);
	struct diff d;
	cr_assert_eq(results_diff(&old, &new, &d), 0);
	cr_expect_str_eq(kind_of(&d, "p/reg/a"), "regression");
	cr_expect_str_eq(kind_of(&d, "p/reg/t"), "regression", "xpass then timeout");
	cr_expect_str_eq(kind_of(&d, "p/fixed/a"), "fixed");
	cr_expect_str_eq(kind_of(&d, "p/skip/a"), "skipped");
	cr_expect_str_eq(kind_of(&d, "p/unskip/a"), "unskipped");
	cr_expect_str_eq(kind_of(&d, "p/gone/a"), "vanished");
	cr_expect_str_eq(kind_of(&d, "p/new/a"), "new");
	cr_expect_str_eq(kind_of(&d, "p/still/a"), "still failing", "fail then timeout");
	cr_expect_str_eq(kind_of(&d, "p/todo/a"), "changed", "pass then expected failure");
	cr_expect_str_eq(kind_of(&d, "p/same/a"), "unchanged");
	cr_expect_eq(d.count[DIFF_REGRESSION], 2);
	cr_expect_eq(d.unchanged, 1);
	cr_expect_eq(d.n, 9);
	/* sorted by kind, then id */
	cr_expect_str_eq(d.e[0].id, "p/reg/a");
	cr_expect_str_eq(d.e[1].id, "p/reg/t");
	cr_expect_eq(diff_status(&d), 1);
	/* the inputs are not reordered */
	cr_expect_str_eq(new.points[0].id, "p/todo/a");
	diff_free(&d);
	results_free(&old);
	results_free(&new);
}

Test(diff, the_other_way_round)
{
	struct results old, new;
	pair(&old, &new);
	struct diff d;
	/* what regressed is fixed, what was fixed regressed */
	cr_assert_eq(results_diff(&new, &old, &d), 0);
	cr_expect_eq(d.count[DIFF_REGRESSION], 1);
	cr_expect_str_eq(kind_of(&d, "p/fixed/a"), "regression");
	cr_expect_eq(d.count[DIFF_FIXED], 2);
	cr_expect_str_eq(kind_of(&d, "p/reg/t"), "fixed");
	cr_expect_str_eq(kind_of(&d, "p/new/a"), "vanished");
	cr_expect_str_eq(kind_of(&d, "p/gone/a"), "new");
	diff_free(&d);
	results_free(&old);
	results_free(&new);
}

Test(diff, no_regression_is_status_0)
{
	struct results old, new;
	pair(&old, &new);
	struct diff d;
	cr_assert_eq(results_diff(&old, &old, &d), 0);
	cr_expect_eq(d.n, 2, "the failures in both are still listed");
	cr_expect_eq(d.count[DIFF_STILL_FAILING], 2);
	cr_expect_eq(d.unchanged, 7);
	cr_expect_eq(diff_status(&d), 0);
	diff_free(&d);
	results_free(&old);
	results_free(&new);
}

static char *print(const struct results *old, const struct results *new, int markdown)
{
	struct diff d;
	cr_assert_eq(results_diff(old, new, &d), 0);
	char *t;
	size_t len;
	FILE *f = open_memstream(&t, &len);
	cr_assert_eq(diff_print(f, &d, old, new, markdown), 0);
	fclose(f);
	diff_free(&d);
	return t;
}

Test(diff, text_lists_each_kind)
{
	struct results old, new;
	pair(&old, &new);
	char *t = print(&old, &new, 0);
	cr_expect(strstr(t, "OLD: old (kernel 6.1.0") != NULL, "%s", t);
	cr_expect(strstr(t, "\nRegressions: 2 (passed in OLD, fail or time out in NEW)\n"
			    "  p/reg/a: pass -> fail — NEW: read returned 1 | expected 0\n"
			    "  p/reg/t: xpass -> timeout\n") != NULL, "%s", t);
	cr_expect(strstr(t, "\nFixed: 1 (") != NULL, "%s", t);
	cr_expect(strstr(t, "  p/fixed/a: fail -> pass — OLD: read returned 1 | expected 0\n") != NULL, "%s", t);
	cr_expect(strstr(t, "\nNewly skipped: 1 (run in OLD, skipped in NEW)\n"
			    "  p/skip/a: pass -> skip — NEW: pidfd_open not supported (Linux 5.3)\n") != NULL, "%s", t);
	cr_expect(strstr(t, "\nVanished: 1 (in OLD, not in NEW)\n  p/gone/a: pass -> absent\n") != NULL, "%s", t);
	cr_expect(strstr(t, "\nNew: 1 (in NEW, not in OLD)\n  p/new/a: absent -> pass\n") != NULL, "%s", t);
	cr_expect(strstr(t, "\n9 points in OLD, 9 in NEW: 2 regressions, 1 fixed, 1 newly skipped, "
			    "1 no longer skipped, 1 vanished, 1 new, 1 changed otherwise, 1 still failing, "
			    "1 unchanged\n") != NULL, "%s", t);
	free(t);
	results_free(&old);
	results_free(&new);
}

Test(diff, markdown_for_a_bug_report)
{
	struct results old, new;
	pair(&old, &new);
	snprintf(new.repro, sizeof new.repro, "runsc do");
	char *t = print(&old, &new, 1);
	cr_expect(strstr(t, "### fdsuite: old → new\n") != NULL, "%s", t);
	cr_expect(strstr(t, "| Kernel | `6.1.0` | `6.12.0` |") != NULL, "%s", t);
	cr_expect(strstr(t, "**Regressions: 2**") != NULL, "%s", t);
	/* '|' in a message does not split the cell; the command reruns it in NEW */
	cr_expect(strstr(t, "| `p/reg/a` | pass | **FAIL** | NEW: read returned 1 \\| expected 0; "
			    "`runsc do build/cases/p/reg a` |") != NULL, "%s", t);
	cr_expect(strstr(t, "| `p/gone/a` | pass | — |") != NULL, "%s", t);
	free(t);
	t = print(&old, &old, 1);
	cr_expect(strstr(t, "No regression") != NULL, "%s", t);
	free(t);
	results_free(&old);
	results_free(&new);
}

static void write_results(const struct results *r, char *path)
{
	strcpy(path, "/tmp/fddiff.XXXXXX");
	int fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	close(fd);
	char err[256];
	cr_assert_eq(results_write_file(r, path, err, sizeof err), 0, "%s", err);
}

Test(diff, exit_statuses)
{
	struct results old, new;
	pair(&old, &new);
	char a[32], b[32], c[32], err[512];
	write_results(&old, a);
	write_results(&new, b);
	/* OLD with its failure fixed: no regression */
	old.points[0].status = TAP_PASS;
	results_count(&old);
	write_results(&old, c);
	FILE *out = fopen("/dev/null", "w");
	cr_expect_eq(diff_files(a, b, 0, out, err, sizeof err), 1, "a regression");
	cr_expect_eq(diff_files(a, b, 1, out, err, sizeof err), 1, "a regression, in Markdown");
	cr_expect_eq(diff_files(a, c, 0, out, err, sizeof err), 0, "a fix only");
	cr_expect_eq(diff_files(c, a, 0, out, err, sizeof err), 1, "the fix undone");
	cr_expect_eq(diff_files(a, a, 0, out, err, sizeof err), 0, "the same run");
	cr_expect_eq(diff_files(a, "/nonexistent.json", 0, out, err, sizeof err), 2);
	cr_expect(strstr(err, "/nonexistent.json: cannot read") != NULL, "%s", err);
	cr_expect_eq(diff_files("/tmp", b, 0, out, err, sizeof err), 2);
	cr_expect(strstr(err, "/tmp: is a directory") != NULL, "%s", err);
	/* a refused file is bad input, not "no regression" */
	FILE *f = fopen(b, "a");
	fputs("{}", f);
	fclose(f);
	cr_expect_eq(diff_files(a, b, 0, out, err, sizeof err), 2);
	cr_expect(strstr(err, "trailing characters after the value") != NULL, "%s", err);
	fclose(out);
	unlink(a);
	unlink(b);
	unlink(c);
	results_free(&old);
	results_free(&new);
}
