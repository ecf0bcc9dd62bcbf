/*
 * shim unlink_truncates: unlink() (and unlinkat() of a non-directory)
 * empties a regular file before removing its name, as if the storage were
 * released at unlink time.  Descriptors still open on the file then find it
 * empty: the data no longer outlives the name, through the same descriptor,
 * a dup, a forked child or a reopen through /proc.
 *
 * fdsuite-targets: unlink/read_after_unlink unlink/write_after_unlink
 * fdsuite-targets: unlink/fstat_nlink_zero unlink/fork_child_uses_file
 * fdsuite-targets: unlink/dup_keeps_data unlink/child_keeps_data
 * fdsuite-targets: unlink/reopen_via_proc_self unlink/reopen_via_proc_pid
 * fdsuite-targets: unlink/recreated_name_new_inode unlink/ftruncate_after_unlink
 * fdsuite-targets: unlink/space_released_on_last_close
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "next.h"

static void empty(int dirfd, const char *path)
{
	struct stat st;
	if (fstatat(dirfd, path, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode)) {
		int fd = openat(dirfd, path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
		if (fd >= 0) {
			if (ftruncate(fd, 0) == 0)
				fsync(fd);
			close(fd);
		}
	}
}

int unlink(const char *path)
{
	__typeof__(&unlink) real = NEXT(unlink);
	empty(AT_FDCWD, path);
	return real(path);
}

int unlinkat(int dirfd, const char *path, int flags)
{
	__typeof__(&unlinkat) real = NEXT(unlinkat);
	if (!(flags & AT_REMOVEDIR))
		empty(dirfd, path);
	return real(dirfd, path, flags);
}
