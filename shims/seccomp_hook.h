/*
 * seccomp_hook.h - seccomp user notification wrapped for fault shims.
 * The cases install their filter through the C library's syscall()
 * (seccomp(2) has no wrapper) and speak to the listener with ioctl().
 * Defining these before including this enables each hook:
 *
 *   SECCOMP_ON_LISTENER  int on_listener(int fd): after a seccomp() that
 *                        returned a listener; returns the descriptor to
 *                        report.
 *   SECCOMP_ON_ADDFD     int on_addfd(int listener, struct shim_addfd *a):
 *                        replaces SECCOMP_IOCTL_NOTIF_ADDFD; call
 *                        real_ioctl(listener, SHIM_IOCTL_ADDFD, a) to
 *                        make it.
 *
 * shim_is_listener(fd) tells a listener by its /proc/self/fd link.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

struct shim_addfd {
	uint64_t id;
	uint32_t flags;
	uint32_t srcfd;
	uint32_t newfd;
	uint32_t newfd_flags;
};
struct shim_resp {
	uint64_t id;
	int64_t val;
	int32_t error;
	uint32_t flags;
};
#define SHIM_IOCTL_ADDFD _IOW('!', 3, struct shim_addfd)
#define SHIM_IOCTL_SEND _IOWR('!', 1, struct shim_resp)
#define SHIM_ADDFD_FLAG_SETFD 1U
#define SHIM_ADDFD_FLAG_SEND 2U
#define SHIM_FILTER_FLAG_NEW_LISTENER (1UL << 3)

__attribute__((unused)) static int shim_is_listener(int fd)
{
	char p[64], l[64];
	int saved = errno;
	snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(p, l, sizeof l - 1);
	errno = saved;
	if (n <= 0)
		return 0;
	l[n] = 0;
	return strstr(l, "seccomp notify") != NULL;
}

__attribute__((unused)) static int real_ioctl(int fd, unsigned long req, void *arg)
{
	return (int)syscall(SYS_ioctl, fd, req, arg);
}

#ifdef SECCOMP_ON_LISTENER
#include "syscall_hook.h"

static long on_syscall(long n, long a[6])
{
	long r = real_syscall(n, a);
	if (n == SYS_seccomp && r >= 0 &&
	    (a[1] & SHIM_FILTER_FLAG_NEW_LISTENER)) {
		int saved = errno;
		r = on_listener((int)r);
		errno = saved;
	}
	return r;
}
#endif

#ifdef SECCOMP_ON_ADDFD
int ioctl(int fd, unsigned long req, ...)
{
	va_list ap;
	va_start(ap, req);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	if (req == SHIM_IOCTL_ADDFD)
		return on_addfd(fd, arg);
	return real_ioctl(fd, req, arg);
}
#endif
