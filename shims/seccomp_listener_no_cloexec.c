/*
 * shim seccomp_listener_no_cloexec: the listener seccomp(2) returns for
 * SECCOMP_FILTER_FLAG_NEW_LISTENER comes without FD_CLOEXEC, so an
 * exec'd image inherits it.
 *
 * fdsuite-targets: seccomp/listener_cloexec
 */
#include <fcntl.h>
#define SECCOMP_ON_LISTENER
static int on_listener(int fd);
#include "seccomp_hook.h"

static int on_listener(int fd)
{
	fcntl(fd, F_SETFD, 0);
	return fd;
}
