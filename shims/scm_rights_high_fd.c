/*
 * shim scm_rights_high_fd: received descriptors are installed at numbers
 * of the receiver's own choosing (100 and up) instead of the lowest free
 * numbers, like an implementation that allocates from its own range.
 *
 * fdsuite-targets: scm_rights/lowest_free_number
 */
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "recvmsg_hook.h"

static int renumber(int fd)
{
	int cl = fcntl(fd, F_GETFD) & FD_CLOEXEC;
	int hi = fcntl(fd, cl ? F_DUPFD_CLOEXEC : F_DUPFD, 100);
	if (hi < 0)
		return fd;
	close(fd);
	return hi;
}

static ssize_t on_recvmsg(int sock, struct msghdr *msg, int flags)
{
	ssize_t r = real_recvmsg(sock, msg, flags);
	if (r >= 0)
		scm_map_fds(msg, renumber);
	return r;
}
