/*
 * pidfd/clone_pidfd_errors - flags that cannot go with CLONE_PIDFD make
 * the call fail with EINVAL and create no child: clone(2) returns the
 * pidfd through parent_tid, so CLONE_PARENT_SETTID (which writes the
 * child's TID there) is refused with it, as is the obsolete
 * CLONE_DETACHED; clone3(2) refuses CLONE_DETACHED whatever else is set.
 * clone3 has a field of its own for the pidfd, so there CLONE_PIDFD and
 * CLONE_PARENT_SETTID may be combined, and both values arrive.
 */
#include "pidfd.h"

FT_CASE("CLONE_PIDFD with CLONE_PARENT_SETTID or CLONE_DETACHED is EINVAL (clone); clone3 keeps both fields",
	"clone(2) ERRORS; clone(2) CLONE_PIDFD (Linux 5.2; clone3 Linux 5.3)");

#ifndef CLONE_DETACHED
#define CLONE_DETACHED 0x00400000
#endif

static int exit_at_once(void *arg)
{
	_exit(0);
}

/* clone() with flags that must be refused; a child it creates anyway
   is reaped (and its pidfd closed) before the result is returned. */
static long clone_with(unsigned long flags)
{
	int ptid = -1;
	pid_t pid = clone(exit_at_once, pf_stack_ + sizeof pf_stack_,
			  (int)(flags | SIGCHLD), NULL, &ptid, NULL, NULL);
	if (pid > 0) {
		ft_wait(pid, 0);
		if (ptid >= 0 && ft_is_open(ptid))
			close(ptid);
	}
	return pid;
}

static void clone_refused(unsigned long flags)
{
	sp_need_pidfd(); /* a kernel with CLONE_PIDFD has pidfd_open */
	FT_ERRNO(clone_with(flags), EINVAL);
}

FT_POINT(clone_parent_settid_einval)
{
	clone_refused(CLONE_PIDFD | CLONE_PARENT_SETTID);
}

FT_POINT(clone_detached_einval)
{
	clone_refused(CLONE_PIDFD | CLONE_DETACHED);
}

static pid_t clone3_with(uint64_t flags, int *pidfd, pid_t *ptid)
{
	struct pf_clone_args a;
	memset(&a, 0, sizeof a);
	a.flags = flags;
	a.pidfd = (uint64_t)(uintptr_t)pidfd;
	a.parent_tid = (uint64_t)(uintptr_t)ptid;
	a.exit_signal = SIGCHLD;
	pid_t pid = (pid_t)syscall(SYS_clone3, &a, sizeof a);
	if (pid == 0)
		_exit(0);
	return pid;
}

/* clone3 with these flags; a child is reaped and its pidfd closed. */
static long clone3_reaped(uint64_t flags)
{
	int pidfd = -1;
	pid_t ptid = 0;
	pid_t pid = clone3_with(flags, &pidfd, &ptid);
	if (pid > 0) {
		ft_wait(pid, 0);
		if (pidfd >= 0)
			close(pidfd);
	}
	return pid;
}

FT_POINT(clone3_detached_einval)
{
	FT_NEED_CALL(clone3_reaped(CLONE_PIDFD), "clone3", "Linux 5.3");
	FT_ERRNO(clone3_reaped(CLONE_PIDFD | CLONE_DETACHED), EINVAL);
}

FT_POINT(clone3_pidfd_and_parent_settid)
{
	FT_FD int pidfd = -1;
	pid_t ptid = 0;
	pid_t pid = FT_NEED_CALL(clone3_with(CLONE_PIDFD | CLONE_PARENT_SETTID,
					     &pidfd, &ptid),
				 "clone3", "Linux 5.3");
	FT_CHILD_OK(pid);
	FT_EQ(ptid, pid);
	FT_GE(pidfd, 0);
	FT_FLAG_SET(ft_getfd(pidfd), FD_CLOEXEC);
}
