/*
 * anon_inode.h - for shims: whether a descriptor is an anonymous inode of
 * one kind ("timerfd", "eventfd", ...), read from its /proc/self/fd link.
 * errno is left as it was.  anon_kind(fd) is the whole link.
 */
#ifndef SHIM_ANON_INODE_H
#define SHIM_ANON_INODE_H
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The /proc/self/fd link of fd ("anon_inode:[eventfd]",
   "anon_inode:inotify", ...), in a buffer of its own; "" if unreadable. */
__attribute__((unused)) static const char *anon_kind(int fd)
{
	static __thread char l[64];
	char p[64];
	snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
	int saved = errno;
	ssize_t n = readlink(p, l, sizeof l - 1);
	errno = saved;
	l[n > 0 ? n : 0] = 0;
	return l;
}

__attribute__((unused)) static int shim_is_anon(int fd, const char *kind)
{
	char want[64];
	snprintf(want, sizeof want, "anon_inode:[%s]", kind);
	return strcmp(anon_kind(fd), want) == 0;
}

#endif
