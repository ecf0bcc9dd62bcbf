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

int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...)
{
	static int (*real)(int (*)(void *), void *, int, void *, ...);
	if (!real)
		real = (int (*)(int (*)(void *), void *, int, void *, ...))dlsym(
			RTLD_NEXT, "clone");
	va_list ap;
	va_start(ap, arg);
	void *ptid = va_arg(ap, void *);
	void *tls = va_arg(ap, void *);
	void *ctid = va_arg(ap, void *);
	va_end(ap);
	return real(fn, stack, flags | CLONE_FILES, arg, ptid, tls, ctid);
}
