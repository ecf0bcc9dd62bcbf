/*
 * shim epoll_fork_copies: fork() gives the child its own copy of each
 * epoll instance instead of a shared one - here an empty new instance at
 * the same number - so interest-list changes made by the child are not
 * seen by the parent and the reverse.
 *
 * fdsuite-targets: epoll/fork_shares_interest_list
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <unistd.h>

#include "next.h"

static int is_epoll(int fd)
{
	char path[64], link[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(path, link, sizeof link - 1);
	if (n < 0)
		return 0;
	link[n] = 0;
	return strcmp(link, "anon_inode:[eventpoll]") == 0;
}

pid_t fork(void)
{
	__typeof__(&fork) real = NEXT(fork);
	pid_t pid = real();
	if (pid != 0)
		return pid;
	for (int fd = 0; fd < 1024; fd++) {
		if (!is_epoll(fd))
			continue;
		int fresh = epoll_create1(0);
		if (fresh < 0)
			continue;
		int cl = fcntl(fd, F_GETFD) & FD_CLOEXEC;
		dup3(fresh, fd, cl ? O_CLOEXEC : 0);
		close(fresh);
	}
	return 0;
}
