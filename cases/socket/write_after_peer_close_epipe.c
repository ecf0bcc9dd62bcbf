/*
 * socket/write_after_peer_close_epipe - once the peer of a connected UNIX
 * stream socket has closed, write() and send() on it fail with EPIPE and
 * raise one SIGPIPE each; with the default disposition the signal kills
 * the writer.
 */
#include "socket.h"

FT_CASE("writing to a stream socket whose peer closed gives EPIPE and SIGPIPE",
	"unix(7) ERRORS EPIPE; send(2) EPIPE; write(2) EPIPE");

FT_POINT(write_epipe_one_signal)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	ft_count_signal(SIGPIPE);
	ft_close(&sv[1]);
	FT_ERRNO(write(sv[0], "x", 1), EPIPE);
	FT_EQ(ft_signal_count(SIGPIPE), 1);
}

FT_POINT(send_epipe_one_signal)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	ft_count_signal(SIGPIPE);
	ft_close(&sv[1]);
	FT_ERRNO(send(sv[0], "x", 1, 0), EPIPE);
	FT_EQ(ft_signal_count(SIGPIPE), 1);
	FT_ERRNO(send(sv[0], "y", 1, 0), EPIPE);
	FT_EQ(ft_signal_count(SIGPIPE), 2);
}

FT_POINT(default_action_kills)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	ft_close(&sv[1]);
	pid_t pid = ft_fork();
	if (pid == 0) {
		(void)write(sv[0], "x", 1);
		_exit(0);
	}
	ft_close(&sv[0]);
	int st = ft_wait(pid, 0);
	FT_TRUE(WIFSIGNALED(st));
	FT_EQ(WTERMSIG(st), SIGPIPE);
}
