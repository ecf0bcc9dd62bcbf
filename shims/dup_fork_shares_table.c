/*
 * shim dup_fork_shares_table: fork() called inside a test point makes a
 * child that *shares* the parent's descriptor table (clone with
 * CLONE_FILES) instead of getting a copy, as a broken emulator that maps
 * processes onto threads might.  A close() in the child then closes the
 * parent's descriptor too.  Only forks made from a point's scratch
 * directory are affected, so the harness's own fork of the point is real.
 *
 * fdsuite-targets: dup/fork_child_close_keeps_parent
 */
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "next.h"

pid_t fork(void)
{
	char cwd[4096];
	if (getcwd(cwd, sizeof cwd) && strstr(cwd, "/fdtest."))
		return (pid_t)syscall(SYS_clone, CLONE_FILES | SIGCHLD, 0, 0, 0, 0);
	__typeof__(&fork) real = NEXT(fork);
	return real();
}
