/*
 * shim seccomp_addfd_setfd_ignored: SECCOMP_ADDFD_FLAG_SETFD is ignored:
 * the descriptor goes on the target's lowest free number, whatever newfd
 * says (and so no limit applies to newfd).
 *
 * fdsuite-targets: seccomp/addfd_setfd seccomp/addfd_setfd_limit
 * fdsuite-targets: seccomp/addfd_send
 */
#define SECCOMP_ON_ADDFD
struct shim_addfd;
static int on_addfd(int listener, struct shim_addfd *a);
#include "seccomp_hook.h"

static int on_addfd(int listener, struct shim_addfd *a)
{
	if (a->flags & SHIM_ADDFD_FLAG_SETFD) {
		a->flags &= ~SHIM_ADDFD_FLAG_SETFD;
		a->newfd = 0;
	}
	return real_ioctl(listener, SHIM_IOCTL_ADDFD, a);
}
