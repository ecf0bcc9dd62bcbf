/*
 * shim special_signalfd_mask_meddling: signalfd() blocks the signals of
 * its mask itself (so a handler never sees them), and a call on an
 * existing signalfd returns it without replacing its mask.
 *
 * fdsuite-targets: special/signalfd_mask_limits special/signalfd_mask_replace
 */
#include <dlfcn.h>
#include <signal.h>
#include <sys/signalfd.h>

int signalfd(int fd, const sigset_t *mask, int flags)
{
	static int (*real)(int, const sigset_t *, int);
	if (!real)
		real = (int (*)(int, const sigset_t *, int))dlsym(RTLD_NEXT, "signalfd");
	sigprocmask(SIG_BLOCK, mask, NULL);
	if (fd != -1)
		return fd;
	return real(fd, mask, flags);
}
