/*
 * seccomp/listener_cloexec - the listener is created close-on-exec
 * (seccomp(2) says so of SECCOMP_FILTER_FLAG_NEW_LISTENER; there is no
 * flag to ask otherwise): an exec'd image does not get it unless
 * FD_CLOEXEC is cleared first, and the filter itself, which exec keeps,
 * then has no listener in the new image.
 */
#include "seccomp.h"

FT_CASE("the seccomp listener is created close-on-exec",
	"seccomp(2) DESCRIPTION \"SECCOMP_FILTER_FLAG_NEW_LISTENER\" (the "
	"close-on-exec flag is set; Linux 5.0); execve(2) \"File descriptors "
	"and exec\"; fcntl(2) \"File descriptor flags\"");

FT_POINT(set_at_creation)
{
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_FD int l = sn_install();
		FT_FLAG_SET(ft_getfd(l), FD_CLOEXEC);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(closed_across_exec)
{
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_FD int l = sn_install();
		struct ft_probe probe;
		ft_exec_probe(&probe, NULL, NULL);
		FT_TRUE(ft_probe_find(&probe, l) == NULL);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

static void clear_cloexec(void *arg)
{
	FT_SYS(fcntl(*(int *)arg, F_SETFD, 0));
}

FT_POINT(kept_across_exec_when_cleared)
{
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_FD int l = sn_install();
		struct ft_probe probe;
		ft_exec_probe(&probe, clear_cloexec, &l);
		const struct ft_probe_fd *got = ft_probe_find(&probe, l);
		FT_TRUE(got != NULL);
		FT_FLAG_CLEAR(got->fdflags, FD_CLOEXEC);
		FT_STREQ(got->type, "anon");
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

/* Copies follow the dup family's rule, not the listener's creation. */
FT_TABLE(dup_copy, ft_dup_kinds)
{
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_FD int l = sn_install();
		FT_FD int copy = FT_SYS(row->dup(l));
		int fl = ft_getfd(copy);
		if (row->cloexec)
			FT_FLAG_SET(fl, FD_CLOEXEC);
		else
			FT_FLAG_CLEAR(fl, FD_CLOEXEC);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}
