/*
 * shim scm_rights_ignore_rlimit: received descriptors do not count
 * against RLIMIT_NOFILE: recvmsg() raises the soft limit to the hard limit
 * for the duration of the call, so descriptors are installed above the
 * caller's limit instead of being dropped.
 *
 * fdsuite-targets: scm_rights/rlimit_drops_fds
 */
#include <sys/resource.h>
#include <sys/socket.h>

#include "recvmsg_hook.h"

static ssize_t on_recvmsg(int sock, struct msghdr *msg, int flags)
{
	struct rlimit old, hi;
	int ok = getrlimit(RLIMIT_NOFILE, &old) == 0;
	if (ok) {
		hi = old;
		hi.rlim_cur = hi.rlim_max;
		setrlimit(RLIMIT_NOFILE, &hi);
	}
	ssize_t r = real_recvmsg(sock, msg, flags);
	if (ok)
		setrlimit(RLIMIT_NOFILE, &old);
	return r;
}
