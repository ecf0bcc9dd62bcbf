/*
 * alloc/stdin_slot_reused - descriptor 0 is an ordinary number: once
 * standard input is closed, the next descriptor created takes 0, whichever
 * call creates it (the classic way to reopen stdin).  For a pipe, one end
 * gets 0 and the other the lowest free number after it.
 *
 * Cites: open(2) DESCRIPTION; dup(2) DESCRIPTION; POSIX open(3p); POSIX
 * XSH 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("once fd 0 is closed the next descriptor created is 0",
	"open(2) DESCRIPTION; dup(2) DESCRIPTION; POSIX open(3p); POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(open_gets_0)
{
	close(0); /* the point child is disposable; 0 may already be closed */
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY));
	FT_EQ(fd, 0);
}

FT_POINT(dup_gets_0)
{
	int t = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	FT_FD int src = FT_SYS(fcntl(t, F_DUPFD_CLOEXEC, 1)); /* not 0 */
	close(t);
	close(0);
	FT_FD int fd = FT_SYS(dup(src));
	FT_EQ(fd, 0);
}

FT_POINT(pipe_end_gets_0)
{
	close(0);
	int next = alloc_free_above(0);
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	FT_EQ(p[0] < p[1] ? p[0] : p[1], 0);
	FT_EQ(p[0] < p[1] ? p[1] : p[0], next);
}
