/*
 * seccomp/addfd_errors - the ADDFD requests seccomp_unotify(2) rejects
 * install nothing in the target: newfd_flags other than O_CLOEXEC, an
 * unknown flag, or a newfd without SECCOMP_ADDFD_FLAG_SETFD (EINVAL); a
 * srcfd that is not open (EBADF); an id no pending notification has
 * (ENOENT).  After them a valid ADDFD still gets the target's lowest free
 * number, and the call it answers proceeds.
 */
#include "seccomp.h"

FT_CASE("a rejected ADDFD installs nothing in the target",
	"seccomp_unotify(2) \"SECCOMP_IOCTL_NOTIF_ADDFD\" ERRORS EINVAL, EBADF, "
	"ENOENT (Linux 5.9)");

static void target_gap(int ctl, void *arg)
{
	FT_FD int plug = -1;
	int gap = sn_gap(&plug);
	sn_tell(ctl, gap);
	sn_trap_expect(gap);
	sn_tell_file(ctl, gap);
	sn_tell_file(ctl, sn_free_above(gap));
	close(gap);
}

FT_POINT(rejected_then_lowest)
{
	FT_FD int file = ft_tmpfile("x", NULL);
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, target_gap, NULL);
	int gap = sn_hear(t.ctl);
	uint64_t id = sn_recv(&t);
	int notopen = ft_lowest_free();
	FT_ERRNO(sn_addfd_call(t.listener, id, file, 0, 0, O_NONBLOCK), EINVAL);
	FT_ERRNO(sn_addfd_call(t.listener, id, file, 0, 1U << 7, 0), EINVAL);
	FT_ERRNO(sn_addfd_call(t.listener, id, file, (unsigned)gap, 0, 0),
		 EINVAL);
	/* the checks above would all be EINVAL where ADDFD is unknown: the
	   first valid one below skips there */
	int first = sn_addfd(&t, id, file, 0, 0, 0);
	FT_EQ(first, gap);
	FT_ERRNO(sn_addfd_call(t.listener, id, notopen, 0, 0, 0), EBADF);
	FT_ERRNO(sn_addfd_call(t.listener, id + 1000, file, 0, 0, 0), ENOENT);
	sn_send(&t, id, gap);
	sn_hear_same_file(t.ctl, file);
	sn_hear_same_file(t.ctl, -1); /* nothing else was installed */
	sn_finish(&t);
}
