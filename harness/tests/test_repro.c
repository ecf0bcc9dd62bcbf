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
