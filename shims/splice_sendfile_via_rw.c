/*
 * shim splice_sendfile_via_rw: sendfile() is emulated in user space with
 * lseek(), read() and write(): with an offset pointer it seeks the input
 * there (so the input's file offset moves, which sendfile must not do),
 * and an O_APPEND output is accepted instead of refused with EINVAL.
 *
 * fdsuite-targets: splice/sendfile_offset_pointer splice/sendfile_any_output
 */
#include <sys/sendfile.h>
#include <unistd.h>

static ssize_t emulate(int out, int in, off_t *offset, size_t count)
{
	char buf[65536];
	if (count > sizeof buf)
		count = sizeof buf;
	if (offset && lseek(in, *offset, SEEK_SET) == -1)
		return -1;
	ssize_t r = read(in, buf, count);
	if (r <= 0)
		return r;
	ssize_t w = write(out, buf, (size_t)r);
	if (w > 0 && offset)
		*offset += w;
	return w;
}

ssize_t sendfile(int out, int in, off_t *offset, size_t count)
{
	return emulate(out, in, offset, count);
}

ssize_t sendfile64(int out, int in, off_t *offset, size_t count)
{
	return emulate(out, in, offset, count);
}
