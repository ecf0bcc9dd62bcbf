/*
 * shim anon_not_lowest: fanotify_init, userfaultfd, USERFAULTFD_IOC_NEW,
 * landlock_create_ruleset and memfd_secret return a descriptor one above
 * the lowest free number (the lowest is left free), and the Landlock
 * version query leaves a descriptor open behind it - allocation that
 * ignores POSIX's lowest-number rule.
 *
 * fdsuite-targets: anon/takes_lowest anon/landlock_version_no_fd
 */
#include <dlfcn.h>
#include <stdarg.h>
#include <sys/ioctl.h>
#include "anon_fds.h"
#include "syscall_hook.h"

static long up(long fd)
{
	if (fd < 0)
		return fd;
	int saved = errno;
	int fdfl = (int)syscall(SYS_fcntl, fd, F_GETFD);
	long moved = syscall(SYS_fcntl, fd, (fdfl & FD_CLOEXEC) ? F_DUPFD_CLOEXEC : F_DUPFD, fd + 1);
	if (moved >= 0) {
		syscall(SYS_close, fd);
		fd = moved;
	}
	errno = saved;
	return fd;
}

int fanotify_init(unsigned flags, unsigned event_f_flags)
{
	return (int)up(syscall(SYS_fanotify_init, flags, event_f_flags));
}

static long on_syscall(long n, long a[6])
{
	long r = real_syscall(n, a);
	if (n == SYS_userfaultfd || n == SYS_memfd_secret ||
	    (n == SYS_landlock_create_ruleset && a[2] == 0))
		return up(r);
	if (n == SYS_landlock_create_ruleset && r > 0) { /* the version query */
		int saved = errno;
		(void)open("/dev/null", O_RDONLY | O_CLOEXEC);
		errno = saved;
	}
	return r;
}

int ioctl(int fd, unsigned long req, ...)
{
	va_list ap;
	va_start(ap, req);
	long arg = va_arg(ap, long);
	va_end(ap);
	long r = syscall(SYS_ioctl, fd, req, arg);
	return (int)(req == _IO(0xAA, 0x00) ? up(r) : r);
}
