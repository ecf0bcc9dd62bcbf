/*
 * alloc/fcntl_dupfd_takes_lowest - fcntl(F_DUPFD) and F_DUPFD_CLOEXEC with
 * a minimum of 0 take the lowest free number, like dup(), also where the
 * gap lies above 63 or above 1023.
 *
 * Cites: fcntl(2) "Duplicating a file descriptor"; POSIX fcntl(3p); POSIX
 * XSH 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("F_DUPFD with minimum 0 returns the lowest-numbered free descriptor",
	"fcntl(2) \"Duplicating a file descriptor\"; POSIX fcntl(3p); POSIX XSH 2.14 File Descriptor Allocation");

/* flags is the command; held[0] is the descriptor copied */
static int create(int cmd, const int *held, int fds[2])
{
	fds[0] = FT_SYS(fcntl(held[0], cmd, 0));
	return 1;
}
static void prep(int *held)
{
	held[0] = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
}
static const struct alloc_call call = { create, prep };

FT_POINT(dupfd_fills_gap)
{
	alloc_fills_gap(&call, F_DUPFD, 0);
}

FT_POINT(dupfd_cloexec_fills_gap)
{
	alloc_fills_gap(&call, F_DUPFD_CLOEXEC, 0);
}

FT_POINT(second_call_takes_next_free)
{
	alloc_second_call(&call, F_DUPFD, F_DUPFD_CLOEXEC);
}

ALLOC_ROWS_ABOVE(&call, F_DUPFD)

FT_TABLE(cloexec_fills_gap_above, alloc_places)
{
	alloc_fills_gap(&call, F_DUPFD_CLOEXEC, row->min);
}
