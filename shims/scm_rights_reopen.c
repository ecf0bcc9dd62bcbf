/*
 * shim scm_rights_reopen: every descriptor received with SCM_RIGHTS is
 * replaced (at the same number) by a *new* open file description of the
 * same object, the way an emulator that rebuilds passed files from their
 * paths would: files, directories and pipes are reopened through
 * /proc/self/fd/N with the same access mode, an epoll descriptor becomes a
 * fresh, empty epoll instance.  Offsets, status flags and interest lists
 * are then no longer shared with the sender.
 *
 * fdsuite-targets: scm_rights/shares_offset scm_rights/shares_status_flags
 * fdsuite-targets: scm_rights/pass_epoll_fd
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "recvmsg_hook.h"

static int replace(int fd)
{
	char path[64], link[256];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(path, link, sizeof link - 1);
	if (n < 0)
		return fd;
	link[n] = 0;
	int fresh = -1;
	if (strcmp(link, "anon_inode:[eventpoll]") == 0) {
		fresh = epoll_create1(0);
	} else if (strncmp(link, "socket:", 7) != 0) {
		int fl = fcntl(fd, F_GETFL);
		if (fl == -1)
			return fd;
		fresh = open(path, fl & (O_ACCMODE | O_PATH | O_DIRECTORY));
	}
	if (fresh < 0)
		return fd;
	int fdfl = fcntl(fd, F_GETFD);
	dup3(fresh, fd, fdfl & FD_CLOEXEC ? O_CLOEXEC : 0);
	close(fresh);
	return fd;
}

static ssize_t on_recvmsg(int sock, struct msghdr *msg, int flags)
{
	ssize_t r = real_recvmsg(sock, msg, flags);
	if (r >= 0)
		scm_map_fds(msg, replace);
	return r;
}
