/*
 * shim offset_seek_hole_wrong: SEEK_HOLE always answers 0 (the start of
 * the file is reported as a hole even where there is data) and SEEK_DATA
 * answers the offset it is given even past the end of the file, instead
 * of ENXIO.
 *
 * fdsuite-targets: offset/seek_data_hole
 */
#include <sys/syscall.h>
#include <unistd.h>

off_t lseek(int fd, off_t off, int whence)
{
	if (whence == SEEK_HOLE)
		return (off_t)syscall(SYS_lseek, fd, 0, SEEK_SET);
	if (whence == SEEK_DATA) {
		off_t r = (off_t)syscall(SYS_lseek, fd, off, SEEK_DATA);
		return r == -1 ? (off_t)syscall(SYS_lseek, fd, off, SEEK_SET) : r;
	}
	return (off_t)syscall(SYS_lseek, fd, off, whence);
}

off_t lseek64(int fd, off_t off, int whence)
{
	return lseek(fd, off, whence);
}
