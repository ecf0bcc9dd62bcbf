/*
 * pty/posix_openpt_takes_lowest - posix_openpt() returns the lowest free
 * descriptor whatever the flags (O_RDWR alone, with O_NOCTTY, with
 * O_CLOEXEC, all together): it fills a gap below an open descriptor, and
 * a number freed by closing a master is handed out again.
 */
#include "pty.h"
#include "../alloc/alloc.h"

FT_CASE("posix_openpt() returns the lowest-numbered unused descriptor",
	"posix_openpt(3) RETURN VALUE; POSIX XSH 2.14 File Descriptor Allocation");

static const struct { const char *name; int flags; } flag_rows[] = {
	{ "rdwr", O_RDWR },
	{ "noctty", O_RDWR | O_NOCTTY },
	{ "cloexec", O_RDWR | O_CLOEXEC },
	{ "all", O_RDWR | O_NOCTTY | O_CLOEXEC },
};

FT_TABLE(fills_gap, flag_rows)
{
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int m = pty_master(row->flags);
	FT_EQ(m, gap);
}

FT_TABLE(reuses_closed_number, flag_rows)
{
	int first = pty_master(row->flags);
	FT_FD int above = FT_SYS(fcntl(first, F_DUPFD_CLOEXEC, 0));
	FT_SYS(close(first));
	FT_FD int again = pty_master(row->flags);
	FT_EQ(again, first);
}

FT_POINT(second_takes_next_free)
{
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int first = pty_master(O_RDWR | O_NOCTTY | O_CLOEXEC);
	FT_EQ(first, gap);
	int next = alloc_free_above(gap);
	FT_FD int second = pty_master(O_RDWR | O_NOCTTY);
	FT_EQ(second, next);
}
