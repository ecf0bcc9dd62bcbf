/*
 * anon_fds.h - for shims over cases/anon/: which of the kinds a
 * descriptor is (read from its /proc/self/fd link), and a fresh object of
 * the same kind made with raw system calls, so that nothing a shim wraps
 * is re-entered.  errno is left as it was.
 */
#ifndef SHIM_ANON_FDS_H
#define SHIM_ANON_FDS_H
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#endif
#ifndef SYS_memfd_secret
#define SYS_memfd_secret 447
#endif
#ifndef SYS_fanotify_init
#error "no fanotify_init number"
#endif

enum { ANON_NONE, ANON_FANOTIFY, ANON_UFFD, ANON_LANDLOCK, ANON_SECRET };

static inline int shim_anon_kind(int fd)
{
	char p[64], l[64];
	int saved = errno;
	snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(p, l, sizeof l - 1);
	errno = saved;
	if (n <= 0)
		return ANON_NONE;
	l[n] = 0;
	if (!strcmp(l, "anon_inode:[fanotify]"))
		return ANON_FANOTIFY;
	if (!strcmp(l, "anon_inode:[userfaultfd]"))
		return ANON_UFFD;
	if (!strcmp(l, "anon_inode:[landlock-ruleset]"))
		return ANON_LANDLOCK;
	if (!strncmp(l, "/secretmem", 10))
		return ANON_SECRET;
	return ANON_NONE;
}

/* A new object of kind (close-on-exec), or -1. */
static inline int shim_anon_new(int kind)
{
	int saved = errno, fd = -1;
	uint64_t handled = 1ULL << 2;
	switch (kind) {
	case ANON_FANOTIFY:
		fd = (int)syscall(SYS_fanotify_init, 0x1u /* FAN_CLOEXEC */, O_RDONLY);
		if (fd == -1)
			fd = (int)syscall(SYS_fanotify_init, 0x1u | 0x200u, O_RDONLY);
		break;
	case ANON_UFFD:
		fd = (int)syscall(SYS_userfaultfd, O_CLOEXEC);
		if (fd == -1)
			fd = (int)syscall(SYS_userfaultfd, O_CLOEXEC | 1);
		break;
	case ANON_LANDLOCK:
		fd = (int)syscall(SYS_landlock_create_ruleset, &handled, sizeof handled, 0);
		break;
	case ANON_SECRET:
		fd = (int)syscall(SYS_memfd_secret, O_CLOEXEC);
		break;
	}
	errno = saved;
	return fd;
}

/* Replaces fd by a fresh object of its kind (same number, same status
   and descriptor flags): a copy that is not the same open file. */
static inline void shim_anon_replace(int fd)
{
	int kind = shim_anon_kind(fd);
	if (kind == ANON_NONE)
		return;
	int saved = errno;
	int fl = (int)syscall(SYS_fcntl, fd, F_GETFL);
	int fdfl = (int)syscall(SYS_fcntl, fd, F_GETFD);
	int t = shim_anon_new(kind);
	if (t != -1 && fl != -1 && fdfl != -1) {
		syscall(SYS_fcntl, t, F_SETFL, fl & O_NONBLOCK);
		syscall(SYS_dup3, t, fd, (fdfl & FD_CLOEXEC) ? O_CLOEXEC : 0);
		syscall(SYS_close, t);
	}
	errno = saved;
}

#endif
