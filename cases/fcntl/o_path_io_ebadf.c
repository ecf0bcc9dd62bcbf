/*
 * fcntl/o_path_io_ebadf - file operations through an O_PATH descriptor
 * fail with EBADF even when the file is readable and writable and open()
 * was asked for O_RDWR: read, write, pread, pwrite, fchmod, and lseek.
 *
 * Cites: open(2) O_PATH (read, write, fchmod ... fail with EBADF; access
 * mode flags are ignored with O_PATH).  O_PATH since Linux 2.6.39.
 */
#include "fdtest.h"

FT_CASE("I/O through an O_PATH descriptor fails with EBADF",
	"open(2) O_PATH");

static int open_path(void)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile("abc", path));
	return FT_NEED_FLAG(open(path, O_PATH | O_RDWR), "O_PATH", "Linux 2.6.39");
}

FT_POINT(read_write)
{
	FT_FD int fd = open_path();
	char c;
	FT_ERRNO(read(fd, &c, 1), EBADF);
	FT_ERRNO(write(fd, "x", 1), EBADF);
}

FT_POINT(pread_pwrite)
{
	FT_FD int fd = open_path();
	char c;
	FT_ERRNO(pread(fd, &c, 1, 0), EBADF);
	FT_ERRNO(pwrite(fd, "x", 1, 0), EBADF);
}

FT_POINT(fchmod_lseek)
{
	FT_FD int fd = open_path();
	FT_ERRNO(fchmod(fd, 0644), EBADF);
	FT_ERRNO(lseek(fd, 0, SEEK_SET), EBADF);
}
