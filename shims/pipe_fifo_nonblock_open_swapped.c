/*
 * shim pipe_fifo_nonblock_open_swapped: the non-blocking FIFO open rules
 * are swapped: O_RDONLY|O_NONBLOCK on a FIFO fails with ENXIO (as if a
 * reader needed a writer), and O_WRONLY|O_NONBLOCK without a reader
 * succeeds (as an O_RDWR open) instead of failing with ENXIO.
 *
 * fdsuite-targets: pipe/fifo_nonblock_reader_opens_alone pipe/fifo_nonblock_writer_enxio
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>

static int shim(const char *name, const char *path, int flags, mode_t mode)
{
	int (*real)(const char *, int, ...) =
		(int (*)(const char *, int, ...))dlsym(RTLD_NEXT, name);
	struct stat st;
	if (!(flags & O_NONBLOCK) || stat(path, &st) != 0 || !S_ISFIFO(st.st_mode))
		return real(path, flags, mode);
	int acc = flags & O_ACCMODE;
	if (acc == O_WRONLY) {
		int fd = real(path, flags, mode);
		if (fd == -1 && errno == ENXIO)
			fd = real(path, (flags & ~O_ACCMODE) | O_RDWR, mode);
		return fd;
	}
	if (acc == O_RDONLY) {
		errno = ENXIO; /* the writer's rule applied to readers */
		return -1;
	}
	return real(path, flags, mode);
}

int open(const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	mode_t mode = va_arg(ap, mode_t);
	va_end(ap);
	return shim("open", path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	mode_t mode = va_arg(ap, mode_t);
	va_end(ap);
	return shim("open64", path, flags, mode);
}
