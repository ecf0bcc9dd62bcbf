/*
 * shim dirs_read_dir_eof: read() and pread() on a directory return 0 (end
 * of file) instead of failing with EISDIR, and opening a directory for
 * writing quietly opens it read-only, as a lenient emulator might.
 *
 * fdsuite-targets: dirs/read_dir_eisdir
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "open_hook.h"

#include "next.h"

static int is_dir_fd(int fd)
{
	struct stat st;
	return fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
}

ssize_t read(int fd, void *buf, size_t n)
{
	__typeof__(&read) real = NEXT(read);
	ssize_t r = real(fd, buf, n);
	return r == -1 && errno == EISDIR && is_dir_fd(fd) ? 0 : r;
}

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	__typeof__(&pread) real = NEXT(pread);
	ssize_t r = real(fd, buf, n, off);
	return r == -1 && errno == EISDIR && is_dir_fd(fd) ? 0 : r;
}

ssize_t pread64(int fd, void *buf, size_t n, off_t off)
{
	return pread(fd, buf, n, off);
}

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	int fd = real_openat(dirfd, path, flags, mode);
	if (fd == -1 && errno == EISDIR && (flags & O_ACCMODE) != O_RDONLY &&
	    (flags & O_TMPFILE) != O_TMPFILE)
		fd = real_openat(dirfd, path, (flags & ~O_ACCMODE) | O_RDONLY, mode);
	return fd;
}
