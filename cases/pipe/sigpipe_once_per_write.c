/*
 * pipe/sigpipe_once_per_write - a write to a pipe whose read ends are all
 * closed fails with EPIPE and raises SIGPIPE in the writer, exactly once
 * per such write; under the default disposition the signal kills the
 * writer before it sees the error.
 */
#include "pipe.h"

FT_CASE("a write with no reader fails with EPIPE and raises one SIGPIPE",
	"pipe(7) \"I/O on pipes and FIFOs\"; write(2) EPIPE; signal(7) \"Standard signals\"; POSIX write(3p)");

FT_POINT(epipe_and_one_signal)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_count_signal(SIGPIPE);
	ft_close(&p[0]);
	FT_ERRNO(write(p[1], "x", 1), EPIPE);
	FT_EQ(ft_signal_count(SIGPIPE), 1);
}

FT_POINT(each_write_signals_again)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_count_signal(SIGPIPE);
	ft_close(&p[0]);
	FT_ERRNO(write(p[1], "x", 1), EPIPE);
	FT_ERRNO(write(p[1], "yz", 2), EPIPE);
	FT_EQ(ft_signal_count(SIGPIPE), 2);
}

FT_POINT(default_action_kills_writer)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_close(&p[0]);
	pid_t pid = ft_fork();
	if (pid == 0) {
		signal(SIGPIPE, SIG_DFL);
		(void)write(p[1], "x", 1);
		_exit(0); /* only reached if no signal terminated us */
	}
	ft_close(&p[1]);
	int st = ft_wait(pid, 0);
	FT_TRUE(WIFSIGNALED(st));
	FT_EQ(WTERMSIG(st), SIGPIPE);
}
