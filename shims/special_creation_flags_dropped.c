/*
 * shim special_creation_flags_dropped: timerfd_create(), signalfd() and
 * inotify_init1() drop their *_CLOEXEC flag when it comes together with
 * *_NONBLOCK, as an emulator that maps only one creation flag would: the
 * descriptor made with both is not close-on-exec.
 *
 * fdsuite-targets: special/creation_flags_combined
 */
#include <dlfcn.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>

#define REAL(fn)                                                             \
	static __typeof__(&fn) real;                                         \
	if (!real)                                                           \
		real = (__typeof__(&fn))dlsym(RTLD_NEXT, #fn)

int timerfd_create(int clockid, int flags)
{
	REAL(timerfd_create);
	if ((flags & TFD_NONBLOCK) && (flags & TFD_CLOEXEC))
		flags &= ~TFD_CLOEXEC;
	return real(clockid, flags);
}

int signalfd(int fd, const sigset_t *mask, int flags)
{
	REAL(signalfd);
	if ((flags & SFD_NONBLOCK) && (flags & SFD_CLOEXEC))
		flags &= ~SFD_CLOEXEC;
	return real(fd, mask, flags);
}

int inotify_init1(int flags)
{
	REAL(inotify_init1);
	if ((flags & IN_NONBLOCK) && (flags & IN_CLOEXEC))
		flags &= ~IN_CLOEXEC;
	return real(flags);
}
