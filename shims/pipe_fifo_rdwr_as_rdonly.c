/*
 * shim pipe_fifo_rdwr_as_rdonly: an O_RDWR open() of a FIFO is carried out
 * as an O_RDONLY open (POSIX leaves O_RDWR on a FIFO undefined; this is a
 * wrong choice for Linux): the descriptor is not a writer, and a blocking
 * open waits for one.
 *
 * fdsuite-targets: pipe/fifo_rdwr_open_does_not_block pipe/getfl_access_modes
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>

static int shim(const char *name, const char *path, int flags, mode_t mode)
{
	int (*real)(const char *, int, ...) =
		(int (*)(const char *, int, ...))dlsym(RTLD_NEXT, name);
	struct stat st;
	if ((flags & O_ACCMODE) == O_RDWR && stat(path, &st) == 0 &&
	    S_ISFIFO(st.st_mode))
		flags = (flags & ~O_ACCMODE) | O_RDONLY;
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
