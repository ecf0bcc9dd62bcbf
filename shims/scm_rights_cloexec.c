/*
 * shim scm_rights_cloexec: recvmsg() gets MSG_CMSG_CLOEXEC backwards:
 * descriptors received without it are marked FD_CLOEXEC (as if the
 * sender's descriptor flags travelled with them, or a default of
 * close-on-exec), and the flag is dropped from calls that pass it, so
 * those descriptors arrive without FD_CLOEXEC.
 *
 * fdsuite-targets: scm_rights/no_cloexec_by_default scm_rights/cmsg_cloexec
 */
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "recvmsg_hook.h"

static int set_cloexec(int fd)
{
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	return fd;
}

static ssize_t on_recvmsg(int sock, struct msghdr *msg, int flags)
{
	int want = flags & MSG_CMSG_CLOEXEC;
	ssize_t r = real_recvmsg(sock, msg, flags & ~MSG_CMSG_CLOEXEC);
	if (r >= 0 && !want)
		scm_map_fds(msg, set_cloexec);
	return r;
}
