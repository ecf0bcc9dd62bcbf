/*
 * cloexec_clear.h - for fault shims that make close-on-exec ineffective:
 * clear_cloexec(from, which) clears FD_CLOEXEC on every open descriptor
 * from `from` up to 4095 for which which(fd) is true (every one when
 * which is NULL).
 */
#include <fcntl.h>
#include <stddef.h>

static void clear_cloexec(int from, int (*which)(int fd))
{
	for (int fd = from; fd < 4096; fd++) {
		int f = fcntl(fd, F_GETFD);
		if (f > 0 && (!which || which(fd)))
			fcntl(fd, F_SETFD, f & ~FD_CLOEXEC);
	}
}
