/*
 * shim nsfs_nstype_mount: NS_GET_NSTYPE reports CLONE_NEWNS for every
 * descriptor, namespace or not.
 *
 * fdsuite-targets: nsfs/ns_get_nstype nsfs/ns_fd_keeps_alive
 */
#include "ioctl_hook.h"
#include <sched.h>

static int on_ioctl(int fd, unsigned long req, void *arg)
{
	if (req == SHIM_NS_GET_NSTYPE)
		return CLONE_NEWNS;
	return real_ioctl(fd, req, arg);
}
