/*
 * alloc/fcntl_dupfd_takes_lowest - fcntl(F_DUPFD) and F_DUPFD_CLOEXEC with
 * a minimum of 0 take the lowest free number, like dup().
 *
 * Cites: fcntl(2) "Duplicating a file descriptor"; POSIX fcntl(3p); POSIX
 * XSH 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("F_DUPFD with minimum 0 returns the lowest-numbered free descriptor",
	"fcntl(2) \"Duplicating a file descriptor\"; POSIX fcntl(3p); POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(dupfd_fills_gap)
{
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(fcntl(plug, F_DUPFD, 0));
	FT_EQ(fd, h);
	close(fd);
	close(plug);
}

FT_POINT(dupfd_cloexec_fills_gap)
{
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(fcntl(plug, F_DUPFD_CLOEXEC, 0));
	FT_EQ(fd, h);
	close(fd);
	close(plug);
}

FT_POINT(second_call_takes_next_free)
{
	int plug, h = alloc_gap(&plug);
	int a = FT_SYS(fcntl(plug, F_DUPFD, 0));
	FT_EQ(a, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(fcntl(plug, F_DUPFD_CLOEXEC, 0));
	FT_EQ(b, want);
	close(b);
	close(a);
	close(plug);
}
