/*
 * pipe/epipe_when_sigpipe_ignored - when SIGPIPE is ignored, a write to a
 * pipe with no reader just fails with EPIPE: the writer survives and no
 * SIGPIPE is left pending.
 */
#include "pipe.h"

FT_CASE("with SIGPIPE ignored a write with no reader only fails with EPIPE",
	"pipe(7) \"I/O on pipes and FIFOs\"; write(2) EPIPE; signal(7) \"Signal dispositions\"");

FT_POINT(epipe_no_signal)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_TRUE(signal(SIGPIPE, SIG_IGN) != SIG_ERR);
	ft_close(&p[0]);
	FT_ERRNO(write(p[1], "x", 1), EPIPE);
	FT_ERRNO(write(p[1], "x", 1), EPIPE);
	sigset_t pend;
	FT_SYS(sigpending(&pend));
	FT_FALSE(sigismember(&pend, SIGPIPE));
}

FT_POINT(ignored_in_child_survives)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_close(&p[0]);
	pid_t pid = ft_fork();
	if (pid == 0) {
		signal(SIGPIPE, SIG_IGN);
		FT_ERRNO(write(p[1], "x", 1), EPIPE);
		_exit(0);
	}
	ft_close(&p[1]);
	FT_CHILD_OK(pid);
}
