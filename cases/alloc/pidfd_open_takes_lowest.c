/*
 * alloc/pidfd_open_takes_lowest - pidfd_open() returns the lowest free
 * number, with and without PIDFD_NONBLOCK: it fills a gap below an open
 * descriptor, also above 63 or above 1023, and a second pidfd takes the
 * next free number above it.  pidfd_open() was added in Linux 5.3 and
 * PIDFD_NONBLOCK in 5.10; where they are missing the points skip.  glibc
 * has had a wrapper since 2.36; older C libraries get the raw system
 * call.
 *
 * Cites: pidfd_open(2) DESCRIPTION, VERSIONS (Linux 5.3); POSIX XSH 2.14
 * "File Descriptor Allocation" (the general rule for every call that
 * allocates descriptors).
 */
#include "alloc.h"
#include <sys/syscall.h>
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 36)
#include <sys/pidfd.h>
#define PIDFD_OPEN(pid, fl) pidfd_open((pid), (fl))
#else /* no wrapper in this C library */
#define PIDFD_OPEN(pid, fl) ((int)syscall(SYS_pidfd_open, (pid), (fl)))
#endif
#ifndef PIDFD_NONBLOCK
#define PIDFD_NONBLOCK O_NONBLOCK
#endif

FT_CASE("pidfd_open() returns the lowest-numbered free descriptor",
	"pidfd_open(2) DESCRIPTION (Linux 5.3); POSIX XSH 2.14 File Descriptor Allocation");

static int create(int flags, const int *held, int fds[2])
{
	if (flags)
		fds[0] = FT_NEED_FLAG(PIDFD_OPEN(getpid(), flags), "PIDFD_NONBLOCK",
				      "Linux 5.10");
	else
		fds[0] = FT_NEED_CALL(PIDFD_OPEN(getpid(), 0), "pidfd_open",
				      "Linux 5.3");
	return 1;
}
static const struct alloc_call call = { create, NULL };
static const struct alloc_flag_row flag_rows[] = {
	{ "none", 0 }, { "nonblock", PIDFD_NONBLOCK },
};

ALLOC_GAP_POINTS(&call, 0, 0, 0)

ALLOC_ROWS_FLAGS(&call, flag_rows)
ALLOC_ROWS_ABOVE(&call, 0)
