/*
 * special/signalfd_fork_reads_own - a signalfd inherited across fork reads
 * the signals of the process that reads it: the child does not see a
 * signal pending for the parent, it does read signals sent to itself, and
 * the parent's pending signal stays for the parent.
 *
 * Cites: signalfd(2) "fork(2) semantics"; fork(2) DESCRIPTION (the child's
 * set of pending signals is initially empty).
 */
#include "special.h"
#include <sys/signalfd.h>

FT_CASE("after fork, reading an inherited signalfd returns the reader's own signals",
	"signalfd(2) \"fork(2) semantics\"; fork(2) DESCRIPTION");

FT_POINT(child_reads_only_its_own)
{
	sigset_t m;
	struct signalfd_siginfo si;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR1);
	sp_block(SIGUSR1);
	FT_FD int fd = FT_SYS(signalfd(-1, &m, SFD_NONBLOCK));
	pid_t me = getpid();
	FT_SYS(kill(me, SIGUSR1)); /* pending for the parent only */
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_ERRNO(read(fd, &si, sizeof si), EAGAIN);
		FT_SYS(kill(getpid(), SIGUSR1));
		FT_EQ(read(fd, &si, sizeof si), sizeof si);
		FT_EQ(si.ssi_signo, SIGUSR1);
		FT_EQ(si.ssi_pid, getpid());
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(read(fd, &si, sizeof si), sizeof si); /* still the parent's */
	FT_EQ(si.ssi_pid, me);
	FT_ERRNO(read(fd, &si, sizeof si), EAGAIN);
}

FT_POINT(signal_to_child_not_read_by_parent)
{
	sigset_t m;
	struct signalfd_siginfo si;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR2);
	sp_block(SIGUSR2);
	FT_FD int fd = FT_SYS(signalfd(-1, &m, SFD_NONBLOCK));
	FT_FDS int ready[2] = FT_NO_FDS;
	ft_pipe(ready, 0);
	pid_t pid = ft_fork();
	if (pid == 0) {
		close(ready[0]);
		FT_SYS(kill(getpid(), SIGUSR2));
		FT_EQ(write(ready[1], "k", 1), 1);
		FT_EQ(ft_poll_in(fd, 1000), 1);
		FT_EQ(read(fd, &si, sizeof si), sizeof si);
		_exit(0);
	}
	ft_close(&ready[1]);
	FT_EQ(ft_poll_in(ready[0], 2000), 1);
	FT_ERRNO(read(fd, &si, sizeof si), EAGAIN);
	FT_CHILD_OK(pid);
}
