/*
 * exec/close_range_cloexec_closed - descriptors marked by
 * close_range(..., CLOSE_RANGE_CLOEXEC) stay open until execve and are
 * then closed in the new image; descriptors just outside the range
 * survive; a range running to ~0U marks every descriptor from its start,
 * and a range above 1023 works as one below.
 */
#include "exec.h"

FT_CASE("descriptors marked by CLOSE_RANGE_CLOEXEC are closed by execve",
	"close_range(2) DESCRIPTION (CLOSE_RANGE_CLOEXEC, Linux 5.11), NOTES \"Closing files on exec\"; execve(2) \"Effect on process attributes\"");

static int first;
static unsigned last; /* of the marked range */

static void mark(void *arg)
{
	FT_NEED_FLAG(ft_close_range(first + 1, last, CLOSE_RANGE_CLOEXEC),
		     "close_range CLOSE_RANGE_CLOEXEC", "Linux 5.11");
	/* marked, not closed, until the exec */
	FT_EQ(ft_getfd(first + 1), FD_CLOEXEC);
	FT_EQ(ft_getfd(first + 2), FD_CLOEXEC);
}

/* Rows: where the four descriptors lie, and where the range ends
   (0: two descriptors, first + 1 and first + 2; else ~0U). */
static const struct {
	const char *name;
	int min, to_max;
} ranges[] = {
	{ "range_closed", 0, 0 },
	{ "range_to_uint_max", 0, 1 },
	{ "range_above_1023", 1024, 0 },
};

FT_TABLE(marked, ranges)
{
	struct ft_probe p;
	FT_FD int base = ft_tmpfile(NULL, NULL);
	first = row->min ? ex_number_from(row->min) : ft_free_run(4);
	last = row->to_max ? ~0U : (unsigned)first + 2;
	for (int i = 0; i < 4; i++)
		FT_EQ(dup2(base, first + i), first + i);
	ft_exec_probe(&p, mark, NULL);
	EX_KEPT(&p, first);
	EX_GONE(&p, first + 1);
	EX_GONE(&p, first + 2);
	if (row->to_max)
		EX_GONE(&p, first + 3);
	else
		EX_KEPT(&p, first + 3);
	FT_SYS(ft_close_range(first, first + 3, 0));
}
