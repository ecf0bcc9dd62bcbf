/*
 * shim pipe_lseek_works: on a pipe or FIFO, lseek() "succeeds" with offset
 * 0, pread() reads and pwrite() writes as if no offset were given, as an
 * emulator that treats pipes like files would.
 *
 * fdsuite-targets: pipe/lseek_pread_espipe
 */
#include <dlfcn.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static int is_fifo(int fd)
{
	struct stat st;
	return fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode);
}

#define NEXT(name) dlsym(RTLD_NEXT, name)

off_t lseek(int fd, off_t off, int whence)
{
	if (is_fifo(fd))
		return 0;
	return ((off_t(*)(int, off_t, int))NEXT("lseek"))(fd, off, whence);
}

off_t lseek64(int fd, off_t off, int whence)
{
	if (is_fifo(fd))
		return 0;
	return ((off_t(*)(int, off_t, int))NEXT("lseek64"))(fd, off, whence);
}

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	if (is_fifo(fd))
		return read(fd, buf, n);
	return ((ssize_t(*)(int, void *, size_t, off_t))NEXT("pread"))(fd, buf, n, off);
}

ssize_t pread64(int fd, void *buf, size_t n, off_t off)
{
	if (is_fifo(fd))
		return read(fd, buf, n);
	return ((ssize_t(*)(int, void *, size_t, off_t))NEXT("pread64"))(fd, buf, n, off);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	if (is_fifo(fd))
		return write(fd, buf, n);
	return ((ssize_t(*)(int, const void *, size_t, off_t))NEXT("pwrite"))(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
{
	if (is_fifo(fd))
		return write(fd, buf, n);
	return ((ssize_t(*)(int, const void *, size_t, off_t))NEXT("pwrite64"))(fd, buf, n, off);
}
