/*
 * seccomp/addfd_setfd_limit - the number ADDFD installs on is checked
 * against the target's RLIMIT_NOFILE, not the supervisor's: with
 * SECCOMP_ADDFD_FLAG_SETFD a newfd at or above the target's soft limit
 * fails with EBADF (and installs nothing), one just below it works, even
 * though the supervisor's own limit allows both.
 */
#include "seccomp.h"

FT_CASE("ADDFD onto a number at the target's RLIMIT_NOFILE fails with EBADF",
	"seccomp_unotify(2) \"SECCOMP_IOCTL_NOTIF_ADDFD\" ERRORS EBADF (the "
	"target's RLIMIT_NOFILE; Linux 5.9); getrlimit(2) RLIMIT_NOFILE");

/* Lowers its soft limit to a small S (S-1 free), reports S, traps, and
   reports the files on S-1. */
static void target_small_limit(int ctl, void *arg)
{
	int s = sn_small_limit();
	sn_tell(ctl, s);
	sn_trap_expect(s - 1);
	sn_tell_file(ctl, s - 1);
	close(s - 1);
}

FT_POINT(setfd_at_limit_ebadf)
{
	FT_FD int file = ft_tmpfile("x", NULL);
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, target_small_limit, NULL);
	int limit = sn_hear(t.ctl);
	struct rlimit mine;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &mine));
	FT_TRUE(mine.rlim_cur == RLIM_INFINITY || (long)mine.rlim_cur > limit);
	uint64_t id = sn_recv(&t);
	sn_addfd_fails(&t, id, file, (unsigned)limit, SECCOMP_ADDFD_FLAG_SETFD,
		       0, EBADF);
	FT_EQ(sn_addfd(&t, id, file, (unsigned)limit - 1,
		       SECCOMP_ADDFD_FLAG_SETFD, 0), limit - 1);
	sn_send(&t, id, limit - 1);
	sn_hear_same_file(t.ctl, file);
	sn_finish(&t);
}
