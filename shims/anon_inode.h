/*
 * anon_inode.h - for shims: whether a descriptor is an anonymous inode of
 * one kind ("timerfd", "eventfd", ...), read from its /proc/self/fd link.
 * errno is left as it was.
 */
#ifndef SHIM_ANON_INODE_H
#define SHIM_ANON_INODE_H
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int shim_is_anon(int fd, const char *kind)
{
	char p[64], l[64], want[64];
	snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
	snprintf(want, sizeof want, "anon_inode:[%s]", kind);
	int saved = errno;
	ssize_t n = readlink(p, l, sizeof l - 1);
	errno = saved;
	if (n <= 0)
		return 0;
	l[n] = 0;
	return strcmp(l, want) == 0;
}

#endif
