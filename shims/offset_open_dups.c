/*
 * shim offset_open_dups: open() of a regular file the process already has
 * open returns a duplicate of the existing descriptor instead of a new
 * open file description (as an emulator caching one host file per path
 * might), so offsets and status flags become shared between separate
 * opens, including reopens through /proc/self/fd/N and /dev/fd/N.
 *
 * fdsuite-targets: offset/separate_opens_separate_offsets
 * fdsuite-targets: offset/reopen_proc_fd_new_description offset/append_writes_at_end
 */
#include <sys/stat.h>

#include "open_hook.h"

static int on_open(int dfd, const char *path, int flags, mode_t mode)
{
	struct stat a, b;
	if (!(flags & O_CREAT) && fstatat(dfd, path, &a, 0) == 0 && S_ISREG(a.st_mode))
		for (int fd = 0; fd < 1024; fd++)
			if (fstat(fd, &b) == 0 && b.st_dev == a.st_dev &&
			    b.st_ino == a.st_ino)
				return (int)syscall(SYS_fcntl, fd,
						    (flags & O_CLOEXEC) ? F_DUPFD_CLOEXEC : F_DUPFD, 0);
	return real_openat(dfd, path, flags, mode);
}
