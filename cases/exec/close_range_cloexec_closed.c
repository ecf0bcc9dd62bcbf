/*
 * exec/close_range_cloexec_closed - descriptors marked by
 * close_range(..., CLOSE_RANGE_CLOEXEC) stay open until execve and are
 * then closed in the new image; descriptors just outside the range
 * survive.
 *
 * Cites: close_range(2) DESCRIPTION (CLOSE_RANGE_CLOEXEC, Linux 5.11) and
 * NOTES "Closing files on exec"; execve(2) "Effect on process
 * attributes".
 */
#include "exec.h"

FT_CASE("descriptors marked by CLOSE_RANGE_CLOEXEC are closed by execve",
	"close_range(2) DESCRIPTION (CLOSE_RANGE_CLOEXEC, Linux 5.11), NOTES \"Closing files on exec\"; execve(2) \"Effect on process attributes\"");

static int first;

static void mark(void *arg)
{
	FT_NEED_FLAG(ft_close_range(first + 1, first + 2, CLOSE_RANGE_CLOEXEC),
		     "close_range CLOSE_RANGE_CLOEXEC", "Linux 5.11");
	/* marked, not closed, until the exec */
	FT_EQ(ft_getfd(first + 1), FD_CLOEXEC);
	FT_EQ(ft_getfd(first + 2), FD_CLOEXEC);
}

FT_POINT(marked_range_closed)
{
	struct ft_probe p;
	FT_FD int base = ft_tmpfile(NULL, NULL);
	first = ft_free_run(4);
	for (int i = 0; i < 4; i++)
		FT_EQ(dup2(base, first + i), first + i);
	ft_exec_probe(&p, mark, NULL);
	EX_KEPT(&p, first);
	EX_GONE(&p, first + 1);
	EX_GONE(&p, first + 2);
	EX_KEPT(&p, first + 3);
	for (int i = 0; i < 4; i++)
		close(first + i);
}
