/*
 * scm_rights/rlimit_drops_fds - received descriptors count against the
 * receiver's RLIMIT_NOFILE: when the receiver has no free number below the
 * limit, recvmsg() still returns the data but sets MSG_CTRUNC, and the
 * descriptors that could not be installed are closed (their files are
 * released, nothing is left in the table).  The man pages say the excess
 * descriptors are closed; that MSG_CTRUNC is set as well is what Linux
 * does (net/core/scm.c scm_detach_fds) and what recv(2) describes as
 * discarded control data, so it is a point of its own.
 */
#include <sys/resource.h>
#include "scm_rights.h"

FT_CASE("descriptors beyond the receiver's RLIMIT_NOFILE are closed, not installed",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; recv(2) \"recvmsg()\" MSG_CTRUNC; getrlimit(2) RLIMIT_NOFILE");

/* Sends the write ends of two pipes, then receives them with room for
   `slots` new descriptors below RLIMIT_NOFILE. */
static void run(int slots, int want_ctrunc)
{
	int sv[2], p[2][2];
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
	FT_SYS(pipe(p[0]));
	FT_SYS(pipe(p[1]));
	int w[2] = { p[0][1], p[1][1] };
	FT_EQ(scm_send(sv[0], w, 2, "x", 1), 1);
	close(w[0]);
	close(w[1]);
	/* every number below the lowest free one is in use */
	int low = ft_lowest_free();
	int before = scm_nopen(); /* needs a free fd itself: count first */
	struct rlimit old, rl;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &old));
	rl = old;
	rl.rlim_cur = low + slots;
	FT_SYS(setrlimit(RLIMIT_NOFILE, &rl));
	struct scm_got g;
	char c;
	ssize_t n = scm_recv(sv[1], &c, 1, 2, 0, &g);
	FT_SYS(setrlimit(RLIMIT_NOFILE, &old));
	FT_EQ(n, 1);
	if (want_ctrunc)
		FT_NE(g.msg_flags & MSG_CTRUNC, 0);
	FT_EQ(g.nfds, slots);
	FT_EQ(scm_nopen(), before + slots);
	for (int i = 0; i < 2; i++) {
		if (i < slots) {
			FT_EQ(g.fds[i], low);
			FT_EQ(ft_poll_in(p[i][0], 0), 0);
		} else { /* dropped: the pipe has no writer left */
			FT_EQ(ft_poll_in(p[i][0], 1000), 1);
			FT_EQ(read(p[i][0], &c, 1), 0);
		}
	}
	scm_close_got(&g);
	close(p[0][0]);
	close(p[1][0]);
	close(sv[0]);
	close(sv[1]);
}

FT_POINT(full_table_drops_all)
{
	run(0, 0);
}

FT_POINT(one_slot_keeps_first_drops_second)
{
	run(1, 0);
}

FT_POINT(dropping_sets_ctrunc)
{
	run(1, 1);
}
