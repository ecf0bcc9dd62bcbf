/*
 * shim splice_cfr_via_rw: copy_file_range() is emulated in user space with
 * lseek(), read() and write(), in the spirit of the emulation glibc 2.27
 * once shipped but without its checks: offset pointers are honored by
 * seeking (so the file offsets move), flags are ignored, O_APPEND outputs,
 * overlapping ranges in one file and non-regular files are all accepted.
 *
 * fdsuite-targets: splice/copy_file_range_offsets splice/copy_file_range_errors
 */
#include <unistd.h>

ssize_t copy_file_range(int fd_in, off_t *off_in, int fd_out, off_t *off_out,
			size_t len, unsigned int flags)
{
	(void)flags;
	char buf[65536];
	if (len > sizeof buf)
		len = sizeof buf;
	if (off_in && lseek(fd_in, *off_in, SEEK_SET) == -1)
		return -1;
	if (off_out && lseek(fd_out, *off_out, SEEK_SET) == -1)
		return -1;
	ssize_t r = read(fd_in, buf, len);
	if (r <= 0)
		return r;
	ssize_t w = write(fd_out, buf, (size_t)r);
	if (w > 0) {
		if (off_in)
			*off_in += w;
		if (off_out)
			*off_out += w;
	}
	return w;
}
