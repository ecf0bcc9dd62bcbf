/*
 * shim seccomp_addfd_send_split: SECCOMP_ADDFD_FLAG_SEND is carried out
 * as a plain ADDFD followed by a response of 0: the descriptor is
 * installed, but the target's call returns 0 instead of its number.
 *
 * fdsuite-targets: seccomp/addfd_send
 */
#define SECCOMP_ON_ADDFD
struct shim_addfd;
static int on_addfd(int listener, struct shim_addfd *a);
#include "seccomp_hook.h"

static int on_addfd(int listener, struct shim_addfd *a)
{
	if (!(a->flags & SHIM_ADDFD_FLAG_SEND))
		return real_ioctl(listener, SHIM_IOCTL_ADDFD, a);
	a->flags &= ~SHIM_ADDFD_FLAG_SEND;
	int r = real_ioctl(listener, SHIM_IOCTL_ADDFD, a);
	if (r >= 0) {
		struct shim_resp resp = { .id = a->id };
		real_ioctl(listener, SHIM_IOCTL_SEND, &resp);
	}
	return r;
}
