/*
 * shim pidfd_clone_flags_lax: clone() and clone3() accept flag
 * combinations the kernel refuses with CLONE_PIDFD by dropping the
 * conflicting flag: CLONE_PARENT_SETTID and CLONE_DETACHED are removed
 * before the call instead of failing with EINVAL.
 *
 * fdsuite-targets: pidfd/clone_pidfd_errors
 */
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include "syscall_hook.h"

#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x00001000
#endif
#ifndef CLONE_DETACHED
#define CLONE_DETACHED 0x00400000
#endif

int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...)
{
	static int (*real)(int (*)(void *), void *, int, void *, ...);
	if (!real)
		real = (int (*)(int (*)(void *), void *, int, void *, ...))dlsym(RTLD_NEXT, "clone");
	va_list ap;
	va_start(ap, arg);
	int *ptid = va_arg(ap, int *);
	void *tls = va_arg(ap, void *);
	int *ctid = va_arg(ap, int *);
	va_end(ap);
	if (flags & CLONE_PIDFD)
		flags &= ~(CLONE_PARENT_SETTID | CLONE_DETACHED);
	return real(fn, stack, flags, arg, ptid, tls, ctid);
}

static long on_syscall(long n, long a[6])
{
	if (n == SYS_clone3 && a[0]) {
		uint64_t *args = (uint64_t *)a[0];
		args[0] &= ~(uint64_t)CLONE_DETACHED;
	}
	return real_syscall(n, a);
}
