/*
 * scm_rights/lowest_free_number - a descriptor received in an SCM_RIGHTS
 * message is installed in the receiver's table like one made by dup(): at
 * the lowest number not in use, whatever number the sender used for it.
 *
 * Cites: unix(7) "Ancillary messages" SCM_RIGHTS (equivalent to dup(2)
 * into the receiver's table); dup(2) DESCRIPTION; open(2) DESCRIPTION
 * (lowest-numbered unused descriptor); POSIX open(3p).
 */
#include "scm_rights.h"

FT_CASE("a received descriptor takes the lowest free number",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; dup(2) DESCRIPTION; open(2) DESCRIPTION; open(3p)");

FT_POINT(arrives_at_lowest_free)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_FD int fd = ft_tmpfile("data", NULL);
	/* the sender's number is high (200, or above every open descriptor
	   where the soft RLIMIT_NOFILE is lower), so no shortcut can reuse it */
	long lim = sysconf(_SC_OPEN_MAX);
	FT_FD int high = FT_SYS(fcntl(fd, F_DUPFD, lim > 200 ? 200 : ft_free_run(1)));
	FT_GT(high, fd);
	ft_close(&fd);
	SCM_SEND1(sv[0], high);
	int want = ft_lowest_free();
	FT_FD int got = scm_recv1(sv[1]);
	FT_EQ(got, want);
}

FT_POINT(fills_a_hole_below_the_sender_fd)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	int a = FT_SYS(dup(sv[0]));
	FT_FD int b = FT_SYS(dup(sv[0]));
	close(a); /* a hole below b */
	int want = ft_lowest_free();
	FT_LE(want, a);
	SCM_SEND1(sv[0], b);
	FT_FD int got = scm_recv1(sv[1]);
	FT_EQ(got, want);
}
