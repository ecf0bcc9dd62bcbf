/*
 * poll/ppoll_sigmask - ppoll() installs its sigmask only for the wait,
 * atomically: a signal pending but blocked by the caller interrupts the
 * call (EINTR, handler run) when the sigmask unblocks it, stays pending
 * when the sigmask blocks it too, and the caller's mask is restored on
 * return.
 *
 * Cites: poll(2) "ppoll()" (like an atomic pthread_sigmask + poll +
 * restore), ERRORS EINTR; select(2) "pselect()" (why it is needed).
 */
#include "readiness.h"

FT_CASE("ppoll applies its signal mask only during the wait",
	"poll(2) \"ppoll()\", ERRORS EINTR; select(2)");

FT_POINT(unblocking_mask_delivers_pending)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	ft_pend_signal(SIGUSR1);
	sigset_t none, now;
	sigemptyset(&none);
	struct pollfd f = { .fd = p[0], .events = POLLIN }; /* never ready */
	struct timespec ts = { ft_scaled_ms(2000) / 1000, 0 };
	FT_ERRNO(ppoll(&f, 1, &ts, &none), EINTR);
	FT_EQ(ft_signal_count(SIGUSR1), 1);
	FT_SYS(sigprocmask(SIG_SETMASK, NULL, &now));
	FT_TRUE(sigismember(&now, SIGUSR1));
}

FT_POINT(blocking_mask_keeps_it_pending)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	ft_pend_signal(SIGUSR1);
	sigset_t block, pend;
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	struct pollfd f = { .fd = p[1], .events = POLLOUT };
	struct timespec ts = { 0, 0 };
	FT_EQ(ppoll(&f, 1, &ts, &block), 1);
	FT_EQ(f.revents, POLLOUT);
	FT_EQ(ft_signal_count(SIGUSR1), 0);
	FT_SYS(sigpending(&pend));
	FT_TRUE(sigismember(&pend, SIGUSR1));
}
