/*
 * seccomp/addfd_send - SECCOMP_ADDFD_FLAG_SEND (Linux 5.14) adds the
 * descriptor and answers the notification in one step: the target's
 * trapped call returns the number installed (the lowest free one, or the
 * SETFD choice) with errno 0, the ioctl returns the same number, and the
 * notification is answered: a later SECCOMP_IOCTL_NOTIF_SEND for it is
 * refused.
 */
#include "seccomp.h"

FT_CASE("ADDFD with SECCOMP_ADDFD_FLAG_SEND makes the number the call's return value",
	"seccomp_unotify(2) \"SECCOMP_IOCTL_NOTIF_ADDFD\" (SECCOMP_ADDFD_FLAG_SEND, "
	"Linux 5.14) and \"SECCOMP_IOCTL_NOTIF_SEND\" ERRORS");

/* Reports its lowest free number (gap filled) or a high free one
   (SETFD), traps, and reports what the call returned and the errno. */
static void target_returns(int ctl, void *arg)
{
	int high = *(int *)arg;
	FT_FD int plug = -1;
	int want = high ? sn_high_free() : sn_gap(&plug);
	sn_tell(ctl, want);
	errno = 0;
	int got = sn_trap();
	sn_tell(ctl, got);
	sn_tell(ctl, errno);
	sn_tell_file(ctl, want);
	if (got >= 0)
		close(got);
}

static void run(int high)
{
	FT_FD int file = ft_tmpfile("x", NULL);
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, target_returns, &high);
	int want = sn_hear(t.ctl);
	uint64_t id = sn_recv(&t);
	unsigned flags = SECCOMP_ADDFD_FLAG_SEND |
			 (high ? SECCOMP_ADDFD_FLAG_SETFD : 0);
	FT_EQ(sn_addfd(&t, id, file, high ? (unsigned)want : 0, flags, 0), want);
	FT_EQ(sn_hear(t.ctl), want);
	FT_EQ(sn_hear(t.ctl), 0);
	sn_hear_same_file(t.ctl, file);
	/* answered already: the notification is gone or marked answered */
	FT_ERRNO_ANY(sn_send_call(t.listener, id, 0, 0), ENOENT, EINPROGRESS);
	sn_finish(&t);
}

FT_POINT(lowest_number_returned)
{
	run(0);
}

FT_POINT(setfd_number_returned)
{
	run(1);
}
