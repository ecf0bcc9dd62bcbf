/*
 * shim fork_shares_table: fork(), vfork() and clone() make children that
 * share the caller's descriptor table (CLONE_FILES), as an emulator that
 * implements processes like threads might.  Opens, closes and F_SETFD
 * changes in the child then reach the parent.
 *
 * fdsuite-targets: fork/cloexec_per_process fork/table_is_copy
 * fdsuite-targets: fork/vfork_child_table_is_copy fork/clone_without_files_copies
 */
#include <dlfcn.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "clone_hook.h"

static pid_t clone_files_fork(void)
{
	fflush(NULL);
	/* like fork (no new stack: the child continues on a copy of ours) */
	return (pid_t)syscall(SYS_clone, CLONE_FILES | SIGCHLD, 0, NULL, NULL,
			      0);
}

pid_t fork(void)
{
	return clone_files_fork();
}

pid_t vfork(void)
{
	return clone_files_fork();
}

static int on_clone(int (*fn)(void *), void *stack, int flags, void *arg,
		    int *ptid, void *tls, int *ctid)
{
	return real_clone(fn, stack, flags | CLONE_FILES, arg, ptid, tls, ctid);
}
