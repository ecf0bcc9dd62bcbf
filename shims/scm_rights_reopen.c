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
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

static void replace(int fd)
{
	char path[64], link[256];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(path, link, sizeof link - 1);
	if (n < 0)
		return;
	link[n] = 0;
	int fresh = -1;
	if (strcmp(link, "anon_inode:[eventpoll]") == 0) {
		fresh = epoll_create1(0);
	} else if (strncmp(link, "socket:", 7) != 0) {
		int fl = fcntl(fd, F_GETFL);
		if (fl == -1)
			return;
		fresh = open(path, fl & (O_ACCMODE | O_PATH | O_DIRECTORY));
	}
	if (fresh < 0)
		return;
	int fdfl = fcntl(fd, F_GETFD);
	dup3(fresh, fd, fdfl & FD_CLOEXEC ? O_CLOEXEC : 0);
	close(fresh);
}

ssize_t recvmsg(int sock, struct msghdr *msg, int flags)
{
	static ssize_t (*real)(int, struct msghdr *, int);
	if (!real)
		real = (ssize_t(*)(int, struct msghdr *, int))dlsym(RTLD_NEXT, "recvmsg");
	ssize_t r = real(sock, msg, flags);
	if (r < 0 || !msg->msg_control)
		return r;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(msg); c; c = CMSG_NXTHDR(msg, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		int n = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
		for (int i = 0; i < n; i++) {
			int fd;
			memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
			replace(fd);
		}
	}
	return r;
}
