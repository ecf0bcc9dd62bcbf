/*
 * shim splice_vmsplice_via_iov: vmsplice() is emulated with writev() or
 * readv() depending on the descriptor's access mode, without checking
 * that the descriptor is a pipe: a regular file is then written instead
 * of being refused with EBADF.
 *
 * fdsuite-targets: splice/vmsplice_user_memory
 */
#include <fcntl.h>
#include <sys/uio.h>

ssize_t vmsplice(int fd, const struct iovec *iov, size_t nr_segs,
		 unsigned int flags)
{
	(void)flags;
	int fl = fcntl(fd, F_GETFL);
	if (fl == -1)
		return -1;
	if ((fl & O_ACCMODE) == O_RDONLY)
		return readv(fd, iov, (int)nr_segs);
	return writev(fd, iov, (int)nr_segs);
}
