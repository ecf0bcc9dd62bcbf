/*
 * shim uring_scm_substitutes: sendmsg() with an io_uring descriptor in an
 * SCM_RIGHTS message sends /dev/null in its place and succeeds, so the
 * receiver gets a descriptor that is not the ring (neither the refusal of
 * Linux 6.7 nor the same ring).
 *
 * fdsuite-targets: io_uring/ring_fd_scm_rights
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

static int is_ring(int fd)
{
	char p[64], l[64];
	snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(p, l, sizeof l - 1);
	if (n <= 0)
		return 0;
	l[n] = 0;
	return strcmp(l, "anon_inode:[io_uring]") == 0;
}

ssize_t sendmsg(int sock, const struct msghdr *m, int flags)
{
	static ssize_t (*real)(int, const struct msghdr *, int);
	if (!real)
		real = (ssize_t(*)(int, const struct msghdr *, int))dlsym(
			RTLD_NEXT, "sendmsg");
	int null = -1;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(m); c;
	     c = CMSG_NXTHDR((struct msghdr *)m, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		int n = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
		for (int i = 0; i < n; i++) {
			int fd;
			memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
			if (!is_ring(fd))
				continue;
			if (null < 0)
				null = (int)syscall(SYS_openat, AT_FDCWD,
						    "/dev/null", O_RDONLY | O_CLOEXEC);
			memcpy(CMSG_DATA(c) + i * sizeof(int), &null, sizeof null);
		}
	}
	ssize_t r = real(sock, m, flags);
	if (null >= 0)
		close(null);
	return r;
}
