/*
 * socket/msg_nosignal_suppresses_sigpipe - send() with MSG_NOSIGNAL on a
 * stream socket whose peer has closed fails with EPIPE but raises no
 * SIGPIPE: nothing is delivered or left pending, and a process with the
 * default disposition survives.  The flag acts per call: a later plain
 * send() raises SIGPIPE again.
 */
#include "socket.h"

FT_CASE("MSG_NOSIGNAL gives EPIPE without SIGPIPE",
	"send(2) MSG_NOSIGNAL, EPIPE; unix(7) ERRORS EPIPE");

FT_POINT(epipe_no_signal)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	ft_count_signal(SIGPIPE);
	ft_close(&sv[1]);
	FT_ERRNO(send(sv[0], "x", 1, MSG_NOSIGNAL), EPIPE);
	FT_ERRNO(sendto(sv[0], "x", 1, MSG_NOSIGNAL, NULL, 0), EPIPE);
	FT_EQ(ft_signal_count(SIGPIPE), 0);
	sigset_t pend;
	FT_SYS(sigpending(&pend));
	FT_FALSE(sigismember(&pend, SIGPIPE));
}

FT_POINT(later_plain_send_signals)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	ft_count_signal(SIGPIPE);
	ft_close(&sv[1]);
	FT_ERRNO(send(sv[0], "x", 1, MSG_NOSIGNAL), EPIPE);
	FT_EQ(ft_signal_count(SIGPIPE), 0);
	FT_ERRNO(send(sv[0], "x", 1, 0), EPIPE); /* the flag acts per call */
	FT_EQ(ft_signal_count(SIGPIPE), 1);
}

FT_POINT(default_disposition_survives)
{
	FT_FD int c = -1, s = -1;
	sk_tcp_pair(&c, &s);
	FT_SYS(shutdown(c, SHUT_WR)); /* the local end is shut down */
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_ERRNO(send(c, "x", 1, MSG_NOSIGNAL), EPIPE);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}
