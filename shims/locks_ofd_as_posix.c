/*
 * shim locks_ofd_as_posix: F_OFD_SETLK, F_OFD_SETLKW and F_OFD_GETLK are
 * carried out as the traditional F_SETLK, F_SETLKW and F_GETLK, as in an
 * emulation that lacks open file description locks but accepts the
 * commands: the locks belong to the process (closing any dup drops them,
 * a forked child does not share them, two opens in one process do not
 * conflict), l_pid is neither checked nor reported as -1.
 *
 * fdsuite-targets: locks/ofd_shared_by_dups locks/ofd_inherited_across_fork locks/ofd_pid_field locks/ofd_conflict_same_process locks/ofd_posix_conflict locks/flock_independent_of_fcntl
 */
#include <fcntl.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_OFD_SETLK)
		cmd = F_SETLK;
	else if (cmd == F_OFD_SETLKW)
		cmd = F_SETLKW;
	else if (cmd == F_OFD_GETLK)
		cmd = F_GETLK;
	return real_fcntl(fd, cmd, arg);
}
