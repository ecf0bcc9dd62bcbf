/*
 * shim pidfd_poll_always_ready: poll, ppoll, select and pselect report a
 * PID file descriptor readable at once, whether or not its process has
 * exited, as an emulation that treats pidfds like regular files would.
 *
 * fdsuite-targets: pidfd/poll_family_exit pidfd/fork_shares_pidfd
 */
#include <dlfcn.h>
#include <poll.h>
#include <signal.h>
#include <sys/select.h>
#include "pidfd_hook.h"

#define REAL(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

static int mark_pollfds(struct pollfd *fds, nfds_t n)
{
	int ready = 0;
	for (nfds_t i = 0; i < n; i++)
		if (fds[i].fd >= 0 && hook_pid_of(fds[i].fd) != 0 && (fds[i].events & POLLIN)) {
			fds[i].revents = POLLIN;
			ready++;
		} else {
			fds[i].revents = 0;
		}
	return ready;
}

static int mark_sets(int nfds, fd_set *rd, fd_set *wr, fd_set *ex)
{
	int ready = 0;
	for (int fd = 0; rd && fd < nfds; fd++)
		if (FD_ISSET(fd, rd) && hook_pid_of(fd) != 0)
			ready++;
	if (!ready)
		return 0;
	for (int fd = 0; fd < nfds; fd++)
		if (FD_ISSET(fd, rd) && hook_pid_of(fd) == 0)
			FD_CLR(fd, rd);
	if (wr)
		FD_ZERO(wr);
	if (ex)
		FD_ZERO(ex);
	return ready;
}

int poll(struct pollfd *fds, nfds_t n, int timeout)
{
	int ready = mark_pollfds(fds, n);
	return ready ? ready : REAL(poll)(fds, n, timeout);
}

int ppoll(struct pollfd *fds, nfds_t n, const struct timespec *ts, const sigset_t *mask)
{
	int ready = mark_pollfds(fds, n);
	return ready ? ready : REAL(ppoll)(fds, n, ts, mask);
}

int select(int nfds, fd_set *rd, fd_set *wr, fd_set *ex, struct timeval *tv)
{
	int ready = mark_sets(nfds, rd, wr, ex);
	return ready ? ready : REAL(select)(nfds, rd, wr, ex, tv);
}

int pselect(int nfds, fd_set *rd, fd_set *wr, fd_set *ex, const struct timespec *ts,
	    const sigset_t *mask)
{
	int ready = mark_sets(nfds, rd, wr, ex);
	return ready ? ready : REAL(pselect)(nfds, rd, wr, ex, ts, mask);
}
