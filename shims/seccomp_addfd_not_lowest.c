/*
 * shim seccomp_addfd_not_lowest: an ADDFD without SECCOMP_ADDFD_FLAG_SETFD
 * installs on a fixed high number in the target (300) instead of its
 * lowest free one.
 *
 * fdsuite-targets: seccomp/addfd_takes_lowest seccomp/addfd_errors
 * fdsuite-targets: seccomp/addfd_send
 */
#define SECCOMP_ON_ADDFD
struct shim_addfd;
static int on_addfd(int listener, struct shim_addfd *a);
#include "seccomp_hook.h"

static int on_addfd(int listener, struct shim_addfd *a)
{
	if (!(a->flags & SHIM_ADDFD_FLAG_SETFD) && a->newfd == 0) {
		a->flags |= SHIM_ADDFD_FLAG_SETFD;
		a->newfd = 300;
	}
	return real_ioctl(listener, SHIM_IOCTL_ADDFD, a);
}
