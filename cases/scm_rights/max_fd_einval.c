/*
 * scm_rights/max_fd_einval - one SCM_RIGHTS array may hold at most
 * SCM_MAX_FD descriptors (253 since Linux 2.6.38): 254 makes sendmsg()
 * fail with EINVAL and send nothing, while exactly 253 are sent and all
 * received.
 */
#include <sys/resource.h>
#include "scm_rights.h"

FT_CASE("more than SCM_MAX_FD (253) descriptors in one message is EINVAL",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS (SCM_MAX_FD); send(2) ERRORS");

#define SCM_MAX_FD_ 253

FT_POINT(more_than_max_is_einval)
{
	int sv[2], fds[SCM_MAX_FD_ + 1];
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
	for (int i = 0; i <= SCM_MAX_FD_; i++)
		fds[i] = sv[0]; /* one descriptor, listed 254 times */
	FT_ERRNO(scm_send(sv[0], fds, SCM_MAX_FD_ + 1, "x", 1), EINVAL);
	FT_EQ(ft_poll_in(sv[1], 0), 0);
	close(sv[0]);
	close(sv[1]);
}

FT_POINT(exactly_max_all_arrive)
{
	struct rlimit rl;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &rl));
	rlim_t need = (rlim_t)ft_lowest_free() + 2 * SCM_MAX_FD_ + 16;
	if (rl.rlim_cur < need) {
		if (rl.rlim_max < need)
			FT_SKIP("needs RLIMIT_NOFILE of %llu, hard limit is %llu",
				(unsigned long long)need,
				(unsigned long long)rl.rlim_max);
		rl.rlim_cur = need;
		FT_SYS(setrlimit(RLIMIT_NOFILE, &rl));
	}
	int sv[2], fds[SCM_MAX_FD_];
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
	for (int i = 0; i < SCM_MAX_FD_; i++)
		fds[i] = sv[0];
	FT_EQ(scm_send(sv[0], fds, SCM_MAX_FD_, "x", 1), 1);
	struct scm_got g;
	char c;
	FT_EQ(scm_recv(sv[1], &c, 1, SCM_MAX_FD_, 0, &g), 1);
	FT_EQ(g.msg_flags & MSG_CTRUNC, 0);
	FT_EQ(g.nfds, SCM_MAX_FD_);
	scm_close_got(&g);
	close(sv[0]);
	close(sv[1]);
}
