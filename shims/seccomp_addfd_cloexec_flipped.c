/*
 * shim seccomp_addfd_cloexec_flipped: SECCOMP_IOCTL_NOTIF_ADDFD applies
 * the opposite of the O_CLOEXEC newfd_flags asks for.
 *
 * fdsuite-targets: seccomp/addfd_cloexec
 */
#include <fcntl.h>
#define SECCOMP_ON_ADDFD
struct shim_addfd;
static int on_addfd(int listener, struct shim_addfd *a);
#include "seccomp_hook.h"

static int on_addfd(int listener, struct shim_addfd *a)
{
	a->newfd_flags ^= O_CLOEXEC;
	return real_ioctl(listener, SHIM_IOCTL_ADDFD, a);
}
