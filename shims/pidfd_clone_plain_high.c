/*
 * shim pidfd_clone_plain_high: the pidfd that clone() and clone3() return
 * with CLONE_PIDFD is moved off the lowest free number to a higher one
 * and loses close-on-exec, as a runtime that made the pidfd itself with a
 * plain dup would leave it.
 *
 * fdsuite-targets: pidfd/clone_pidfd_cloexec pidfd/clone_pidfd_takes_lowest
 */
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include "pidfd_hook.h"
#include "clone_hook.h"
#include "syscall_hook.h"

#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x00001000
#endif

static int on_clone(int (*fn)(void *), void *stack, int flags, void *arg,
		    int *ptid, void *tls, int *ctid)
{
	int pid = real_clone(fn, stack, flags, arg, ptid, tls, ctid);
	if (pid > 0 && (flags & CLONE_PIDFD) && ptid)
		*ptid = hook_move_high(*ptid);
	return pid;
}

static long on_syscall(long n, long a[6])
{
	long r = real_syscall(n, a);
	if (n == SYS_clone3 && r > 0) {
		uint64_t *args = (uint64_t *)a[0]; /* flags, pidfd, ... */
		if ((args[0] & CLONE_PIDFD) && args[1]) {
			int *pidfd = (int *)(uintptr_t)args[1];
			*pidfd = hook_move_high(*pidfd);
		}
	}
	return r;
}
