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
#include "clone_hook.h"
#include "syscall_hook.h"

#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x00001000
#endif
#ifndef CLONE_DETACHED
#define CLONE_DETACHED 0x00400000
#endif

static int on_clone(int (*fn)(void *), void *stack, int flags, void *arg,
		    int *ptid, void *tls, int *ctid)
{
	if (flags & CLONE_PIDFD)
		flags &= ~(CLONE_PARENT_SETTID | CLONE_DETACHED);
	return real_clone(fn, stack, flags, arg, ptid, tls, ctid);
}

static long on_syscall(long n, long a[6])
{
	if (n == SYS_clone3 && a[0]) {
		uint64_t *args = (uint64_t *)a[0];
		args[0] &= ~(uint64_t)CLONE_DETACHED;
	}
	return real_syscall(n, a);
}
