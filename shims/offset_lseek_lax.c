/*
 * shim offset_lseek_lax: lseek() never fails and never leaves the file:
 * the resulting offset is clamped to [0, size] (no seeking past the end,
 * negative results become 0), an unknown whence is taken as SEEK_SET, and
 * on pipes, FIFOs and sockets it returns 0 instead of ESPIPE.
 *
 * fdsuite-targets: offset/lseek_whence offset/lseek_invalid_einval
 * fdsuite-targets: offset/seek_past_eof_makes_hole offset/lseek_unseekable_espipe
 * fdsuite-targets: offset/truncate_keeps_offset offset/read_at_eof_returns_zero
 */
#include <errno.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

off_t lseek(int fd, off_t off, int whence)
{
	struct stat st;
	if (fstat(fd, &st) == -1)
		return (off_t)syscall(SYS_lseek, fd, off, whence);
	if (!S_ISREG(st.st_mode)) {
		off_t r = (off_t)syscall(SYS_lseek, fd, off, whence);
		return (r == -1 && errno == ESPIPE) ? 0 : r;
	}
	off_t base = 0;
	if (whence == SEEK_CUR)
		base = (off_t)syscall(SYS_lseek, fd, 0, SEEK_CUR);
	else if (whence == SEEK_END)
		base = st.st_size;
	else if (whence == SEEK_DATA || whence == SEEK_HOLE)
		return (off_t)syscall(SYS_lseek, fd, off, whence);
	off_t to = base + off;
	if (to < 0)
		to = 0;
	if (to > st.st_size)
		to = st.st_size;
	return (off_t)syscall(SYS_lseek, fd, to, SEEK_SET);
}

off_t lseek64(int fd, off_t off, int whence)
{
	return lseek(fd, off, whence);
}
