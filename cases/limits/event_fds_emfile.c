/*
 * limits/event_fds_emfile - the calls that create special descriptors
 * (epoll_create1, eventfd, timerfd_create, signalfd, inotify_init1,
 * memfd_create, pidfd_open) obey the soft RLIMIT_NOFILE like open(): at
 * the limit they fail with EMFILE, not ENFILE, and create nothing.
 * memfd_create (Linux 3.17) and pidfd_open (Linux 5.3) skip where they
 * are missing.
 *
 * Cites: epoll_create(2), eventfd(2), timerfd_create(2), signalfd(2),
 * inotify_init(2), memfd_create(2), pidfd_open(2) ERRORS (EMFILE: the
 * per-process limit); getrlimit(2) RLIMIT_NOFILE.
 */
#include "nofile.h"
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>

FT_CASE("epoll/eventfd/timerfd/signalfd/inotify/memfd/pidfd at the limit fail with EMFILE",
	"epoll_create(2), eventfd(2), timerfd_create(2), signalfd(2), inotify_init(2), memfd_create(2), pidfd_open(2) ERRORS; getrlimit(2) RLIMIT_NOFILE");

#define AT_LIMIT(expr)                                                       \
	do {                                                                 \
		struct rlimit old;                                           \
		int l = lim_full(&old);                                      \
		FT_ERRNO(expr, EMFILE);                                      \
		FT_FALSE(ft_is_open(l));                                     \
		lim_restore(&old);                                           \
	} while (0)

FT_POINT(epoll_create1_emfile)
{
	AT_LIMIT(epoll_create1(EPOLL_CLOEXEC));
}

FT_POINT(eventfd_emfile)
{
	AT_LIMIT(eventfd(0, EFD_CLOEXEC));
}

FT_POINT(timerfd_create_emfile)
{
	AT_LIMIT(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC));
}

FT_POINT(signalfd_emfile)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	AT_LIMIT(signalfd(-1, &s, SFD_CLOEXEC));
}

FT_POINT(inotify_init1_emfile)
{
	AT_LIMIT(inotify_init1(IN_CLOEXEC));
}

FT_POINT(memfd_create_emfile)
{
	close(FT_NEED_CALL(memfd_create("m", MFD_CLOEXEC), "memfd_create",
			   "Linux 3.17"));
	AT_LIMIT(memfd_create("m", MFD_CLOEXEC));
}

FT_POINT(pidfd_open_emfile)
{
	/* raw system call: the glibc wrapper only exists since 2.36 */
	close(FT_NEED_CALL((int)syscall(SYS_pidfd_open, getpid(), 0),
			   "pidfd_open", "Linux 5.3"));
	AT_LIMIT((int)syscall(SYS_pidfd_open, getpid(), 0));
}
