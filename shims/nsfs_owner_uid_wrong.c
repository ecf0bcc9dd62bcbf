/*
 * shim nsfs_owner_uid_wrong: NS_GET_OWNER_UID stores the caller's euid
 * plus one, for any descriptor, without failing.
 *
 * fdsuite-targets: nsfs/ns_get_owner_uid
 */
#include "ioctl_hook.h"
#include <sys/types.h>
#include <unistd.h>

static int on_ioctl(int fd, unsigned long req, void *arg)
{
	if (req == SHIM_NS_GET_OWNER_UID) {
		*(uid_t *)arg = geteuid() + 1;
		return 0;
	}
	return real_ioctl(fd, req, arg);
}
