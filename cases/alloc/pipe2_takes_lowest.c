/*
 * alloc/pipe2_takes_lowest - pipe2() allocates like pipe(), whatever the
 * flags (O_CLOEXEC, O_NONBLOCK, O_DIRECT alone and together): each end
 * takes the lowest free number in turn, so the pair fills a gap and then
 * the next free number above an open descriptor, also where the gap lies
 * above 63 or above 1023.  The order of the two ends is not documented
 * and is not checked.
 *
 * Cites: pipe(2) DESCRIPTION (pipe2 since Linux 2.6.27); POSIX pipe(3p);
 * POSIX XSH 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("pipe2() gives its two ends the two lowest free numbers in turn",
	"pipe(2) DESCRIPTION; POSIX pipe(3p); POSIX XSH 2.14 File Descriptor Allocation");

static int create(int flags, const int *held, int fds[2])
{
	if (flags & O_DIRECT) /* packet mode, Linux 3.4 */
		FT_NEED_FLAG(pipe2(fds, flags), "pipe2 O_DIRECT", "Linux 3.4");
	else
		ft_pipe(fds, flags);
	return 2;
}
static const struct alloc_call call = { create, NULL };
static const struct alloc_flag_row flag_rows[] = {
	{ "none", 0 },
	{ "cloexec", O_CLOEXEC },
	{ "nonblock", O_NONBLOCK },
	{ "direct", O_DIRECT },
	{ "all", O_CLOEXEC | O_NONBLOCK | O_DIRECT },
};

FT_POINT(no_flags)
{
	alloc_fills_gap(&call, 0, 0);
}

FT_POINT(cloexec_nonblock)
{
	alloc_fills_gap(&call, O_CLOEXEC | O_NONBLOCK, 0);
}

ALLOC_ROWS_FLAGS(&call, flag_rows)
ALLOC_ROWS_ABOVE(&call, O_CLOEXEC)
