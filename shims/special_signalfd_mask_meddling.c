/*
 * shim special_signalfd_mask_meddling: signalfd() blocks the signals of
 * its mask itself (so a handler never sees them), and a call on an
 * existing signalfd returns it without replacing its mask.
 *
 * fdsuite-targets: special/signalfd_mask_limits special/signalfd_mask_replace
 */
#include <signal.h>
#include <sys/signalfd.h>

#include "next.h"

int signalfd(int fd, const sigset_t *mask, int flags)
{
	__typeof__(&signalfd) real = NEXT(signalfd);
	sigprocmask(SIG_BLOCK, mask, NULL);
	if (fd != -1)
		return fd;
	return real(fd, mask, flags);
}
