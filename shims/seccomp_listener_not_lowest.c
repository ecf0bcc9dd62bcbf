/*
 * shim seccomp_listener_not_lowest: the listener lands one number above
 * the lowest free one (moved with F_DUPFD_CLOEXEC), and a second
 * NEW_LISTENER is not refused but leaves a descriptor behind.
 *
 * fdsuite-targets: seccomp/listener_takes_lowest
 */
#include <fcntl.h>
#define SECCOMP_ON_LISTENER
static int on_listener(int fd);
#include "seccomp_hook.h"

static int on_listener(int fd)
{
	int up = fcntl(fd, F_DUPFD_CLOEXEC, fd + 2);
	if (up < 0)
		return fd;
	close(fd);
	return up;
}
