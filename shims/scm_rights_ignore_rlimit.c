/*
 * shim scm_rights_ignore_rlimit: received descriptors do not count
 * against RLIMIT_NOFILE: recvmsg() raises the soft limit to the hard limit
 * for the duration of the call, so descriptors are installed above the
 * caller's limit instead of being dropped.
 *
 * fdsuite-targets: scm_rights/rlimit_drops_fds
 */
#include <dlfcn.h>
#include <sys/resource.h>
#include <sys/socket.h>

ssize_t recvmsg(int sock, struct msghdr *msg, int flags)
{
	static ssize_t (*real)(int, struct msghdr *, int);
	if (!real)
		real = (ssize_t(*)(int, struct msghdr *, int))dlsym(RTLD_NEXT, "recvmsg");
	struct rlimit old, hi;
	int ok = getrlimit(RLIMIT_NOFILE, &old) == 0;
	if (ok) {
		hi = old;
		hi.rlim_cur = hi.rlim_max;
		setrlimit(RLIMIT_NOFILE, &hi);
	}
	ssize_t r = real(sock, msg, flags);
	if (ok)
		setrlimit(RLIMIT_NOFILE, &old);
	return r;
}
