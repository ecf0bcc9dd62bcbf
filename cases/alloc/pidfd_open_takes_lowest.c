/*
 * alloc/pidfd_open_takes_lowest - pidfd_open() returns the lowest free
 * number: it fills a gap below an open descriptor, and a second pidfd
 * takes the next free number above it.  pidfd_open() was added in Linux
 * 5.3; where it is missing the points skip.  glibc has had a wrapper since
 * 2.36; older C libraries get the raw system call.
 *
 * Cites: pidfd_open(2) DESCRIPTION, VERSIONS (Linux 5.3); POSIX XSH 2.14
 * "File Descriptor Allocation" (the general rule for every call that
 * allocates descriptors).
 */
#include "alloc.h"
#include <sys/syscall.h>
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 36)
#include <sys/pidfd.h>
#define PIDFD_OPEN(pid) pidfd_open((pid), 0)
#else /* no wrapper in this C library */
#define PIDFD_OPEN(pid) ((int)syscall(SYS_pidfd_open, (pid), 0))
#endif

FT_CASE("pidfd_open() returns the lowest-numbered free descriptor",
	"pidfd_open(2) DESCRIPTION (Linux 5.3); POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(fills_gap)
{
	int plug, h = alloc_gap(&plug);
	int fd = FT_NEED_CALL(PIDFD_OPEN(getpid()), "pidfd_open", "Linux 5.3");
	FT_EQ(fd, h);
	close(fd);
	close(plug);
}

FT_POINT(second_call_takes_next_free)
{
	int plug, h = alloc_gap(&plug);
	int a = FT_NEED_CALL(PIDFD_OPEN(getpid()), "pidfd_open", "Linux 5.3");
	FT_EQ(a, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(PIDFD_OPEN(getppid()));
	FT_EQ(b, want);
	close(b);
	close(a);
	close(plug);
}
