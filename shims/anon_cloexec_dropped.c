/*
 * shim anon_cloexec_dropped: the close-on-exec request is dropped
 * wherever the anon cases make it - FAN_CLOEXEC and event_f_flags'
 * O_CLOEXEC for fanotify_init, O_CLOEXEC for userfaultfd, memfd_secret
 * and USERFAULTFD_IOC_NEW, MSG_CMSG_CLOEXEC for recvmsg - and a Landlock
 * ruleset is made without close-on-exec: the descriptors survive execve.
 *
 * fdsuite-targets: anon/creation_flags anon/cloexec_across_exec
 * fdsuite-targets: anon/fanotify_event_fd anon/userfaultfd_read_states
 * fdsuite-targets: anon/scm_rights_passes
 */
#include <dlfcn.h>
#include <stdarg.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include "anon_fds.h"
#include "syscall_hook.h"

#define REAL(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

int fanotify_init(unsigned flags, unsigned event_f_flags)
{
	return (int)syscall(SYS_fanotify_init, flags & ~0x1u, event_f_flags & ~(unsigned)O_CLOEXEC);
}

static long on_syscall(long n, long a[6])
{
	if (n == SYS_userfaultfd || n == SYS_memfd_secret)
		a[0] &= ~(long)O_CLOEXEC;
	long r = real_syscall(n, a);
	if (n == SYS_landlock_create_ruleset && a[2] == 0 && r >= 0) {
		int saved = errno;
		(void)fcntl((int)r, F_SETFD, 0);
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
	if (req == _IO(0xAA, 0x00)) /* USERFAULTFD_IOC_NEW */
		arg &= ~(long)O_CLOEXEC;
	return (int)syscall(SYS_ioctl, fd, req, arg);
}

ssize_t recvmsg(int s, struct msghdr *m, int flags)
{
	return REAL(recvmsg)(s, m, flags & ~MSG_CMSG_CLOEXEC);
}
