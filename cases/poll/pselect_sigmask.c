/*
 * poll/pselect_sigmask - pselect() replaces the signal mask by its
 * sigmask for the wait and restores it afterwards, atomically: a pending
 * signal blocked by the caller interrupts it (EINTR) when the sigmask
 * unblocks it and stays pending when the sigmask blocks it.  Unlike
 * select(), the glibc pselect() leaves its timeout argument unchanged.
 */
#include "readiness.h"

FT_CASE("pselect applies its signal mask only during the wait",
	"select(2) \"pselect()\", \"C library/kernel differences\", ERRORS EINTR");

FT_POINT(unblocking_mask_delivers_pending)
{
	ft_pend_signal(SIGUSR1);
	sigset_t none, now;
	sigemptyset(&none);
	struct timespec ts = { 1, 0 };
	FT_ERRNO(pselect(0, NULL, NULL, NULL, &ts, &none), EINTR);
	FT_EQ(ft_signal_count(SIGUSR1), 1);
	FT_SYS(sigprocmask(SIG_SETMASK, NULL, &now));
	FT_TRUE(sigismember(&now, SIGUSR1));
}

FT_POINT(blocking_mask_keeps_it_pending)
{
	ft_pend_signal(SIGUSR1);
	sigset_t block, pend;
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	struct timespec ts = { 0, 0 };
	FT_EQ(pselect(0, NULL, NULL, NULL, &ts, &block), 0);
	FT_EQ(ft_signal_count(SIGUSR1), 0);
	FT_SYS(sigpending(&pend));
	FT_TRUE(sigismember(&pend, SIGUSR1));
}

FT_POINT(timeout_not_modified)
{
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	FT_EQ(pselect(0, NULL, NULL, NULL, &ts, NULL), 0);
	FT_EQ(ts.tv_sec, 0);
	FT_EQ(ts.tv_nsec, 20 * 1000 * 1000);
}
