/*
 * shim nsfs_ioctl_own_userns: NS_GET_USERNS and NS_GET_PARENT return a
 * descriptor for the caller's own user namespace, opened without
 * close-on-exec, whatever the namespace asked about: no EPERM outside
 * the caller's scope, no EINVAL for a flat namespace.
 *
 * fdsuite-targets: nsfs/ns_get_userns nsfs/ns_get_parent nsfs/ns_open_cloexec
 */
#include "ioctl_hook.h"
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

static int on_ioctl(int fd, unsigned long req, void *arg)
{
	if (req == SHIM_NS_GET_USERNS || req == SHIM_NS_GET_PARENT)
		return (int)syscall(SYS_openat, AT_FDCWD, "/proc/self/ns/user",
				    O_RDONLY);
	return real_ioctl(fd, req, arg);
}
