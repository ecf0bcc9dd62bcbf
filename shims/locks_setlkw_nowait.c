/*
 * shim locks_setlkw_nowait: F_SETLKW and F_OFD_SETLKW never wait: they
 * are carried out as F_SETLK and F_OFD_SETLK, so a conflicting request
 * fails at once (EAGAIN) instead of waiting for the holder, and a lock
 * cycle yields EAGAIN on both sides rather than EDEADLK on one.
 *
 * fdsuite-targets: locks/posix_setlkw_waits locks/ofd_setlkw_waits locks/posix_setlkw_deadlock
 */
#include <fcntl.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_SETLKW)
		cmd = F_SETLK;
	else if (cmd == F_OFD_SETLKW)
		cmd = F_OFD_SETLK;
	return real_fcntl(fd, cmd, arg);
}
