/*
 * offset/access_mode_ebadf - a descriptor can only transfer data in the
 * directions its access mode allows: write() and pwrite() on an O_RDONLY
 * descriptor and read() and pread() on an O_WRONLY one fail with EBADF,
 * and neither the file nor the offset changes.  So for every call that
 * transfers data: readv, writev, and the positional pread/pwrite,
 * preadv/pwritev and preadv2/pwritev2.
 *
 * Cites: read(2) ERRORS (EBADF: not open for reading); write(2) ERRORS
 * (EBADF: not open for writing); open(2) DESCRIPTION (access modes);
 * POSIX read(3p), write(3p).
 */
#include "offset.h"

FT_CASE("writing a read-only descriptor or reading a write-only one is EBADF",
	"read(2) ERRORS; write(2) ERRORS; open(2) DESCRIPTION; POSIX read(3p), write(3p)");

FT_POINT(write_on_rdonly)
{
	FT_FD int fd = offset_reopen("abc", O_RDONLY);
	FT_EQ(lseek(fd, 1, SEEK_SET), 1);
	FT_ERRNO(write(fd, "X", 1), EBADF);
	FT_ERRNO(pwrite(fd, "X", 1, 0), EBADF);
	FT_EQ(ft_offset(fd), 1);
	char buf[4];
	FT_EQ(pread(fd, buf, sizeof buf, 0), 3);
	FT_MEMEQ(buf, "abc", 3);
}

FT_POINT(read_on_wronly)
{
	FT_FD int fd = offset_reopen("abc", O_WRONLY);
	FT_EQ(lseek(fd, 1, SEEK_SET), 1);
	char buf[4];
	FT_ERRNO(read(fd, buf, 1), EBADF);
	FT_ERRNO(pread(fd, buf, 1, 0), EBADF);
	FT_EQ(ft_offset(fd), 1);
}

FT_POINT(pipe_ends)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	char c;
	FT_ERRNO(write(p[0], "x", 1), EBADF);
	FT_ERRNO(read(p[1], &c, 1), EBADF);
}

static void write_fails(const struct offset_call *call)
{
	FT_FD int fd = offset_reopen("abc", O_RDONLY);
	FT_EQ(lseek(fd, 1, SEEK_SET), 1);
	FT_ERRNO(call->wr(fd, "XY", 2, 0), EBADF);
	FT_EQ(ft_offset(fd), 1);
	char buf[4];
	FT_EQ(pread(fd, buf, sizeof buf, 0), 3);
	FT_MEMEQ(buf, "abc", 3);
}

static void read_fails(const struct offset_call *call)
{
	FT_FD int fd = offset_reopen("abc", O_WRONLY);
	FT_EQ(lseek(fd, 1, SEEK_SET), 1);
	char buf[4];
	FT_ERRNO(call->rd(fd, buf, 2, 0), EBADF);
	FT_EQ(ft_offset(fd), 1);
}

FT_TABLE(write_on_rdonly_via, offset_writes)
{
	write_fails(row);
}

FT_TABLE(pwrite_on_rdonly_via, offset_pwrites)
{
	write_fails(row);
}

FT_TABLE(read_on_wronly_via, offset_reads)
{
	read_fails(row);
}

FT_TABLE(pread_on_wronly_via, offset_preads)
{
	read_fails(row);
}
