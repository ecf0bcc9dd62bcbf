/*
 * async/owner_per_description - the signal owner (and the F_SETSIG
 * signal) belong to the open file description, not to the descriptor:
 * every member of the dup family sees the owner set through the original,
 * a forked child inherits it, an owner set through the copy (or in the
 * child) is the one the original reports, and a second open of the same
 * FIFO (a new description) has no owner.
 */
#include "async.h"

FT_CASE("the F_SETOWN owner belongs to the open file description, shared by dup and fork",
	"fcntl(2) \"Managing signals\"; open(2) NOTES \"Open file descriptions\"; dup(2) DESCRIPTION; fork(2) DESCRIPTION");

FT_TABLE(dup_sees_owner, ft_dup_kinds)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	FT_SYS(fcntl(p[0], F_SETOWN, getpid()));
	FT_SYS(fcntl(p[0], F_SETSIG, SIGRTMIN));
	FT_FD int copy = FT_SYS(row->dup(p[0]));
	FT_EQ(fcntl(copy, F_GETOWN), getpid());
	FT_EQ(fcntl(copy, F_GETSIG), SIGRTMIN);
	FT_SYS(fcntl(copy, F_SETOWN, -getpgrp()));
	FT_EQ(fcntl(p[0], F_GETOWN), -getpgrp());
}

FT_POINT(fork_child_inherits_and_changes)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	FT_FDS int done[2] = FT_NO_FDS, release[2] = FT_NO_FDS;
	ft_pipe(done, O_CLOEXEC);
	ft_pipe(release, O_CLOEXEC);
	FT_SYS(fcntl(p[0], F_SETOWN, getpid()));
	pid_t parent = getpid();
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		FT_EQ(fcntl(p[0], F_GETOWN), parent);
		FT_SYS(fcntl(p[0], F_SETOWN, getpid()));
		FT_EQ(write(done[1], "d", 1), 1);
		FT_EQ(read(release[0], &c, 1), 1);
		_exit(0);
	}
	char c;
	FT_EQ(read(done[0], &c, 1), 1);
	/* the child's change, seen here while the child (the owner) lives */
	FT_EQ(fcntl(p[0], F_GETOWN), pid);
	FT_EQ(write(release[1], "r", 1), 1);
	FT_CHILD_OK(pid);
}

/* The child writes; the signal goes to the owner the parent set. */
FT_POINT(child_write_signals_owner)
{
	FT_FDS int p[2] = FT_NO_FDS;
	async_block(SIGIO);
	ft_pipe(p, O_CLOEXEC);
	async_arm(p[0], getpid());
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(write(p[1], "x", 1), 1);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	ASYNC_COMES(SIGIO, NULL);
}

FT_POINT(other_description_own_owner)
{
	FT_SYS(mkfifo("fifo", 0600));
	FT_FD int a = FT_SYS(open("fifo", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	FT_FD int b = FT_SYS(open("fifo", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	FT_SYS(fcntl(a, F_SETOWN, getpid()));
	FT_EQ(fcntl(a, F_GETOWN), getpid());
	FT_EQ(fcntl(b, F_GETOWN), 0);
}
