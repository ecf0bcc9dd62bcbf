/*
 * async/setsig_siginfo - F_SETSIG chooses the signal sent when I/O becomes
 * possible, and F_GETSIG returns it (0, the default, means SIGIO).  With
 * a signal chosen, the siginfo the receiver gets says which descriptor
 * (si_fd), that it is I/O (si_code POLL_IN for input, POLL_OUT when a
 * full pipe's writer can write again) and the poll events (si_band), both
 * to an SA_SIGINFO handler and to sigtimedwait.  si_fd stays the number
 * signals were enabled through, even after that number is closed while a
 * duplicate keeps the description open.  An invalid signal number is
 * EINVAL.
 */
#include "async.h"
#include <poll.h>

FT_CASE("F_SETSIG picks the I/O signal; its siginfo carries si_fd, si_code POLL_IN/POLL_OUT",
	"fcntl(2) \"Managing signals\" (F_GETSIG, F_SETSIG); sigaction(2) \"The siginfo_t argument to a SA_SIGINFO handler\"");

FT_POINT(getsig_default_zero)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	FT_EQ(fcntl(p[0], F_GETSIG), 0);
}

FT_POINT(setsig_then_getsig)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	FT_SYS(fcntl(p[0], F_SETSIG, SIGRTMIN + 1));
	FT_EQ(fcntl(p[0], F_GETSIG), SIGRTMIN + 1);
	FT_SYS(fcntl(p[0], F_SETSIG, SIGUSR2));
	FT_EQ(fcntl(p[0], F_GETSIG), SIGUSR2);
	FT_SYS(fcntl(p[0], F_SETSIG, 0));
	FT_EQ(fcntl(p[0], F_GETSIG), 0);
}

FT_POINT(setsig_invalid_einval)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	FT_ERRNO(fcntl(p[0], F_SETSIG, -1), EINVAL);
	FT_ERRNO(fcntl(p[0], F_SETSIG, 4096), EINVAL);
	FT_EQ(fcntl(p[0], F_GETSIG), 0);
}

FT_POINT(chosen_signal_replaces_sigio)
{
	FT_FDS int p[2] = FT_NO_FDS;
	int sig = SIGRTMIN + 2;
	async_block(SIGIO);
	async_block(sig);
	ft_pipe(p, O_CLOEXEC);
	FT_SYS(fcntl(p[0], F_SETSIG, sig));
	async_arm(p[0], getpid());
	FT_EQ(write(p[1], "x", 1), 1);
	siginfo_t si;
	ASYNC_COMES(sig, &si);
	ASYNC_NONE(SIGIO);
	FT_EQ(si.si_signo, sig);
	FT_EQ(si.si_fd, p[0]);
	FT_EQ(si.si_code, POLL_IN);
	FT_FLAG_SET(si.si_band, POLLIN);
}

static volatile sig_atomic_t got_fd = -1, got_code = -1, got_n;
static void on_io(int sig, siginfo_t *si, void *uc)
{
	got_fd = si->si_fd;
	got_code = si->si_code;
	got_n++;
}

FT_POINT(sa_siginfo_handler_sees_fd)
{
	FT_FDS int p[2] = FT_NO_FDS;
	int sig = SIGRTMIN + 3;
	struct sigaction sa = { .sa_sigaction = on_io, .sa_flags = SA_SIGINFO };
	sigemptyset(&sa.sa_mask);
	FT_SYS(sigaction(sig, &sa, NULL));
	async_block(sig);
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, p);
	FT_SYS(fcntl(p[0], F_SETSIG, sig));
	async_arm(p[0], getpid());
	FT_EQ(write(p[1], "x", 1), 1);
	FT_EQ(ft_poll_in(p[0], 0), 1);
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	FT_EQ(got_n, 0);
	FT_SYS(sigprocmask(SIG_UNBLOCK, &s, NULL)); /* pending: runs now */
	FT_EQ(got_n, 1);
	FT_EQ(got_fd, p[0]);
	FT_EQ(got_code, POLL_IN);
}

FT_POINT(poll_out_when_pipe_drains)
{
	FT_FDS int p[2] = FT_NO_FDS;
	int sig = SIGRTMIN + 4;
	async_block(sig);
	ft_pipe(p, O_CLOEXEC | O_NONBLOCK);
	static char buf[65536];
	while (write(p[1], buf, sizeof buf) > 0)
		;
	FT_EQ(errno, EAGAIN);
	FT_SYS(fcntl(p[1], F_SETSIG, sig));
	async_arm(p[1], getpid());
	ASYNC_NONE(sig);
	while (read(p[0], buf, sizeof buf) > 0)
		;
	FT_EQ(errno, EAGAIN);
	siginfo_t si;
	ASYNC_COMES(sig, &si);
	FT_EQ(si.si_fd, p[1]);
	FT_EQ(si.si_code, POLL_OUT);
	FT_FLAG_SET(si.si_band, POLLOUT);
}

FT_POINT(si_fd_keeps_closed_number)
{
	FT_FDS int p[2] = FT_NO_FDS;
	int sig = SIGRTMIN + 5;
	async_block(sig);
	ft_pipe(p, O_CLOEXEC);
	FT_SYS(fcntl(p[0], F_SETSIG, sig));
	async_arm(p[0], getpid());
	int old = p[0];
	FT_FD int copy = FT_SYS(fcntl(p[0], F_DUPFD_CLOEXEC, 0));
	ft_close(&p[0]);
	FT_EQ(write(p[1], "x", 1), 1);
	siginfo_t si;
	ASYNC_COMES(sig, &si);
	FT_EQ(si.si_fd, old);
	FT_EQ(ft_is_open(old), 0);
}
