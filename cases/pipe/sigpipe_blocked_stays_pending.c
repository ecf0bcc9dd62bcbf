/*
 * pipe/sigpipe_blocked_stays_pending - when SIGPIPE is blocked, a write to
 * a pipe with no reader fails with EPIPE and the SIGPIPE it raised stays
 * pending; it is delivered, once, when the writer unblocks it.
 *
 * Cites: pipe(7) "I/O on pipes and FIFOs"; write(2) ERRORS (EPIPE: the
 * return value is seen if the program catches, blocks or ignores the
 * signal); signal(7) "Signal mask and pending signals"; sigpending(2).
 */
#include "pipe.h"

FT_CASE("with SIGPIPE blocked a write with no reader fails with EPIPE and SIGPIPE stays pending",
	"pipe(7) \"I/O on pipes and FIFOs\"; write(2) EPIPE; signal(7) \"Signal mask and pending signals\"; sigpending(2)");

static void block_sigpipe(int how)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGPIPE);
	FT_SYS(sigprocmask(how, &s, NULL));
}

FT_POINT(pending_after_epipe)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_count_signal(SIGPIPE);
	block_sigpipe(SIG_BLOCK);
	ft_close(&p[0]);
	FT_ERRNO(write(p[1], "x", 1), EPIPE);
	sigset_t pend;
	FT_SYS(sigpending(&pend));
	FT_TRUE(sigismember(&pend, SIGPIPE));
	FT_EQ(ft_signal_count(SIGPIPE), 0);
}

FT_POINT(delivered_on_unblock)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_count_signal(SIGPIPE);
	block_sigpipe(SIG_BLOCK);
	ft_close(&p[0]);
	FT_ERRNO(write(p[1], "x", 1), EPIPE);
	block_sigpipe(SIG_UNBLOCK);
	FT_EQ(ft_signal_count(SIGPIPE), 1);
	sigset_t pend;
	FT_SYS(sigpending(&pend));
	FT_FALSE(sigismember(&pend, SIGPIPE));
}
