/*
 * shim close_range_int_last: close_range() emulated with a loop over a
 * signed int, as an emulator or old libc fallback might write it: last =
 * ~0U becomes -1, the loop runs zero times and nothing is closed, yet 0
 * is returned.  Finite ranges behave correctly.
 *
 * fdsuite-targets: close/close_range_to_max
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

int close_range(unsigned int first, unsigned int last, int flags)
{
	if ((flags & ~6) || first > last) {
		errno = EINVAL;
		return -1;
	}
	if ((flags & 2) && unshare(CLONE_FILES) == -1) /* UNSHARE */
		return -1;
	for (int fd = (int)first; fd <= (int)last; fd++) {
		if (flags & 4) { /* CLOEXEC */
			int f = fcntl(fd, F_GETFD);
			if (f != -1)
				fcntl(fd, F_SETFD, f | FD_CLOEXEC);
		} else {
			close(fd);
		}
		if (fd == 0x7fffffff)
			break;
	}
	return 0;
}
