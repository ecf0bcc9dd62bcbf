/*
 * shim pipe_fifo_open_never_waits: a blocking open() of a FIFO does not
 * wait for the other end: it is made with O_NONBLOCK (then cleared on the
 * new descriptor), so a reader opens at once and a writer without a
 * reader fails with ENXIO, as an emulator without the FIFO rendezvous
 * would.
 *
 * fdsuite-targets: pipe/fifo_blocking_open_waits_for_peer
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
	if ((flags & O_NONBLOCK) || (flags & O_ACCMODE) == O_RDWR ||
	    stat(path, &st) != 0 || !S_ISFIFO(st.st_mode))
		return real(path, flags, mode);
	int fd = real(path, flags | O_NONBLOCK, mode);
	if (fd >= 0)
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	return fd;
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
