/*
 * special/signalfd_reads_blocked_signal - a blocked signal in a signalfd's
 * mask that is pending for the process is read from the signalfd as a
 * signalfd_siginfo naming the signal, the sender's PID and real UID, the
 * si_code, and for sigqueue(3) the value sent; the read consumes it, so it
 * is no longer pending and a second nonblocking read fails with EAGAIN.
 *
 * Cites: signalfd(2) DESCRIPTION (read(2), poll(2)), "The signalfd_siginfo
 * structure"; sigaction(2) (si_code SI_USER, SI_QUEUE).
 */
#include "special.h"
#include <sys/signalfd.h>

FT_CASE("signalfd reads a pending blocked signal with its sender fields and consumes it",
	"signalfd(2) DESCRIPTION (read(2)); \"The signalfd_siginfo structure\"; sigaction(2) (si_code)");

static int sfd_for(int sig)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	sp_block(sig);
	return FT_SYS(signalfd(-1, &s, SFD_NONBLOCK));
}

FT_POINT(kill_fields)
{
	FT_FD int fd = sfd_for(SIGUSR1);
	struct signalfd_siginfo si;
	FT_EQ(ft_poll_in(fd, 0), 0);
	FT_SYS(kill(getpid(), SIGUSR1));
	FT_EQ(ft_poll_in(fd, 1000), 1);
	FT_EQ(read(fd, &si, sizeof si), sizeof si);
	FT_EQ(si.ssi_signo, SIGUSR1);
	FT_EQ(si.ssi_code, SI_USER);
	FT_EQ(si.ssi_pid, getpid());
	FT_EQ(si.ssi_uid, getuid());
}

FT_POINT(sender_pid_is_the_child)
{
	FT_FD int fd = sfd_for(SIGUSR1);
	pid_t me = getpid();
	struct signalfd_siginfo si;
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(kill(me, SIGUSR1));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(ft_poll_in(fd, 1000), 1);
	FT_EQ(read(fd, &si, sizeof si), sizeof si);
	FT_EQ(si.ssi_pid, pid);
}

FT_POINT(sigqueue_value)
{
	FT_FD int fd = sfd_for(SIGUSR2);
	struct signalfd_siginfo si;
	union sigval v = { .sival_int = 424242 };
	FT_SYS(sigqueue(getpid(), SIGUSR2, v));
	FT_EQ(read(fd, &si, sizeof si), sizeof si);
	FT_EQ(si.ssi_signo, SIGUSR2);
	FT_EQ(si.ssi_code, SI_QUEUE);
	FT_EQ(si.ssi_int, 424242);
	FT_EQ(si.ssi_pid, getpid());
}

FT_POINT(read_consumes_the_signal)
{
	FT_FD int fd = sfd_for(SIGUSR1);
	struct signalfd_siginfo si;
	sigset_t pend;
	FT_SYS(kill(getpid(), SIGUSR1));
	FT_SYS(sigpending(&pend));
	FT_TRUE(sigismember(&pend, SIGUSR1));
	FT_EQ(read(fd, &si, sizeof si), sizeof si);
	FT_SYS(sigpending(&pend));
	FT_FALSE(sigismember(&pend, SIGUSR1));
	FT_ERRNO(read(fd, &si, sizeof si), EAGAIN);
}
