/*
 * shim epoll_pwait_nomask: epoll_pwait() ignores its sigmask and behaves
 * as epoll_wait(), so a signal the caller blocks cannot be let in for the
 * duration of the wait (and the atomic mask swap is lost).
 *
 * fdsuite-targets: epoll/pwait_sigmask
 */
#include <dlfcn.h>
#include <signal.h>
#include <sys/epoll.h>

int epoll_pwait(int ep, struct epoll_event *ev, int max, int timeout,
		const sigset_t *mask)
{
	(void)mask;
	return epoll_wait(ep, ev, max, timeout);
}
