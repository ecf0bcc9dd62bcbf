/*
 * test_repro.c - the minimal reproducers `fdreport cite --repro` writes,
 * from the tree's own sources (the tests run from the top of the tree):
 * only the checks the point uses, each in one form; a scratch directory
 * only where the point may make files; the helpers of every header the
 * case includes, nested ones too.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "repro.h"

static char *repro(const char *id, struct repro_info *info)
{
	char *buf = NULL, err[256] = "";
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	cr_assert(f != NULL);
	int rc = repro_write(f, ".", id, info, err, sizeof err);
	fclose(f);
	cr_assert_eq(rc, 0, "%s: %s", id, err);
	return buf;
}

Test(repro, only_the_checks_used_in_one_form)
{
	struct repro_info info;
	char *t = repro("dup/shares_offset/read_moves_both", &info);
	cr_expect(strstr(t, "#define FT_EQ(a, b) do {") != NULL, "%s", t);
	cr_expect(strstr(t, "FT_CMP_") == NULL, "FT_EQ alone needs no FT_CMP_:\n%s", t);
	cr_expect(strstr(t, "FT_ERRNO") == NULL && strstr(t, "FT_NEED_") == NULL, "%s", t);
	cr_expect(strstr(t, "ft_errno_name") == NULL, "%s", t);
	cr_expect(strstr(t, "ft_scratch") != NULL, "ft_tmpfile makes a file:\n%s", t);
	cr_expect(info.lines > 0 && info.lines <= 130, "%d lines", info.lines);
	free(t);
}

Test(repro, both_forms_where_several_comparisons)
{
	/* FT_LT (in a helper of the case) and FT_EQ: FT_EQ in terms of FT_CMP_ */
	char *t = repro("alloc/fdupfd_honors_minimum/returns_arg_when_free", NULL);
	cr_expect(strstr(t, "#define FT_CMP_(") != NULL, "%s", t);
	cr_expect(strstr(t, "#define FT_LT(a, b) FT_CMP_(") != NULL, "%s", t);
	cr_expect(strstr(t, "#define FT_EQ(a, b) FT_CMP_(a, ==, b, #a, #b)") != NULL, "%s", t);
	cr_expect(strstr(t, "#define FT_EQ(a, b) do {") == NULL, "%s", t);
	free(t);
}

Test(repro, no_scratch_directory_for_pipes_alone)
{
	char *t = repro("pipe/byte_stream_no_boundaries/writes_merge_in_one_read", NULL);
	cr_expect(strstr(t, "ft_scratch") == NULL && strstr(t, "nftw") == NULL, "%s", t);
	cr_expect(strstr(t, "int main(void)") != NULL, "%s", t);
	free(t);
}

Test(repro, nested_headers_of_the_case)
{
	/* blocked.h includes locks.h; the case includes blocked.h */
	char *t = repro("locks/flock_thread_others_run/close_grants_waiter", NULL);
	cr_expect(strstr(t, "lk_set(int fd") != NULL, "%s", t);
	free(t);
	/* a header of another area: "../exec/image.h" */
	t = repro("errno_order/execveat_pairs/each_error_alone", NULL);
	cr_expect(strstr(t, "ex_run_(") != NULL, "%s", t);
	free(t);
}

Test(repro, table_row_runs_the_body_for_that_row)
{
	/* FT_TABLE over the library's ft_dup_kinds: the rows and the body */
	char *t = repro("dup/shares_offset/moved_via_dup3", NULL);
	cr_expect(strstr(t, "ft_dup_kinds[FT_NDUP_KINDS] = {") != NULL, "%s", t);
	cr_expect(strstr(t, "FT_TABLE(moved_via, ft_dup_kinds)") != NULL, "%s", t);
	cr_expect(strstr(t, "ft_run_point(\"moved_via_dup3\")") != NULL, "%s", t);
	free(t);
	/* a macro of the case's making one table a state */
	t = repro("poll/pipe_readiness/data_readable_via_poll", NULL);
	cr_expect(strstr(t, "STATE_TABLE(data_readable_via, 0, DATA, 0, 1)") != NULL, "%s", t);
	cr_expect(strstr(t, "STATE_TABLE(empty_not_readable_via") == NULL, "%s", t);
	cr_expect(strstr(t, "ft_run_point(\"data_readable_via_poll\")") != NULL, "%s", t);
	free(t);
}

Test(repro, descriptors_that_close_themselves)
{
	char *t = repro("poll/pipe_readiness/eof_readable_via_poll", NULL);
	cr_expect(strstr(t, "#define FT_FDS __attribute__((cleanup(ft_close_fds2_)))") != NULL, "%s", t);
	cr_expect(strstr(t, "static void ft_close_at(") != NULL, "%s", t);
	cr_expect(strstr(t, "#define FT_NO_FDS") != NULL, "%s", t);
	free(t);
}

Test(repro, only_the_requirements_declared)
{
	/* FT_NEEDS(FT_NEEDS_PROC) at file scope: the /proc check alone */
	char *t = repro("nsfs/setns_by_fd/rejoin_current_uts", NULL);
	cr_expect(strstr(t, "\t\tft_needs_proc();\n") != NULL, "%s", t);
	cr_expect(strstr(t, "ft_needs_root") == NULL && strstr(t, "ft_needs_pidfd") == NULL, "%s", t);
	free(t);
}
