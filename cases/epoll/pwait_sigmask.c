/*
 * epoll/pwait_sigmask - epoll_pwait() swaps in its sigmask for the
 * duration of the wait, atomically: a signal pending but blocked in the
 * caller's mask interrupts the wait (EINTR, handler run) when the sigmask
 * unblocks it, does not when the sigmask keeps it blocked, and the
 * caller's mask is back in place afterwards.
 */
#include "epoll.h"

FT_CASE("epoll_pwait applies its signal mask only during the wait",
	"epoll_wait(2) \"epoll_pwait()\", ERRORS EINTR");


FT_POINT(unblocking_mask_delivers_pending)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	ft_pend_signal(SIGUSR1);
	sigset_t none, now;
	sigemptyset(&none);
	struct epoll_event out[2];
	FT_ERRNO(epoll_pwait(ep, out, 2, ft_scaled_ms(1000), &none), EINTR);
	FT_EQ(ft_signal_count(SIGUSR1), 1);
	FT_SYS(sigprocmask(SIG_SETMASK, NULL, &now));
	FT_TRUE(sigismember(&now, SIGUSR1)); /* the caller's mask is back */
}

FT_POINT(blocking_mask_keeps_it_pending)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	ft_pend_signal(SIGUSR1);
	sigset_t block;
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	struct epoll_event out[2];
	FT_EQ(epoll_pwait(ep, out, 2, 0, &block), 0);
	FT_EQ(ft_signal_count(SIGUSR1), 0);
	sigset_t pend;
	FT_SYS(sigpending(&pend));
	FT_TRUE(sigismember(&pend, SIGUSR1));
}
