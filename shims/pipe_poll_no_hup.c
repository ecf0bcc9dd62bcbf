/*
 * shim pipe_poll_no_hup: poll() never reports POLLHUP or POLLERR for pipes
 * and FIFOs (the bits are cleared from revents), as an emulator that only
 * tracks readiness would.
 *
 * fdsuite-targets: pipe/poll_hup_after_last_writer pipe/poll_err_after_last_reader
 */
#include <poll.h>
#include <sys/stat.h>

#include "next.h"

int poll(struct pollfd *fds, nfds_t n, int timeout)
{
	__typeof__(&poll) real = NEXT(poll);
	int r = real(fds, n, timeout);
	for (nfds_t i = 0; r > 0 && i < n; i++) {
		struct stat st;
		if (fstat(fds[i].fd, &st) == 0 && S_ISFIFO(st.st_mode))
			fds[i].revents &= ~(POLLHUP | POLLERR);
	}
	return r;
}
