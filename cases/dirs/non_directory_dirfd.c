/*
 * dirs/non_directory_dirfd - a relative path given to openat() with a dirfd
 * that is open but is not a directory (a regular file, a pipe) fails with
 * ENOTDIR, also with O_CREAT (and nothing is created); fstatat and mkdirat
 * answer the same way.  A dirfd that is not open at all gives EBADF.
 *
 * Cites: open(2) ERRORS "ENOTDIR" (openat with a non-directory dirfd) and
 * "EBADF"; open(2) DESCRIPTION "openat()"; POSIX openat(3p).
 */
#include "dirs.h"

FT_CASE("openat with a non-directory dirfd and a relative path fails with ENOTDIR",
	"open(2) ERRORS ENOTDIR, EBADF; open(2) \"openat()\"; POSIX openat(3p)");

FT_POINT(regular_file_dirfd)
{
	dirs_mkfile("x", "x");
	FT_FD int fd = ft_tmpfile("data", NULL);
	FT_ERRNO(openat(fd, "x", O_RDONLY), ENOTDIR);
	struct stat st;
	FT_ERRNO(fstatat(fd, "x", &st, 0), ENOTDIR);
	FT_ERRNO(mkdirat(fd, "sub", 0700), ENOTDIR);
}

FT_POINT(create_enotdir_nothing_made)
{
	FT_FD int fd = ft_tmpfile("data", NULL);
	FT_ERRNO(openat(fd, "new", O_WRONLY | O_CREAT, 0600), ENOTDIR);
	struct stat st;
	FT_ERRNO(stat("new", &st), ENOENT);
}

FT_POINT(pipe_dirfd)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	dirs_mkfile("x", "x");
	FT_ERRNO(openat(p[0], "x", O_RDONLY), ENOTDIR);
}

FT_POINT(closed_dirfd_ebadf)
{
	dirs_mkfile("x", "x");
	int fd = ft_lowest_free();
	FT_ERRNO(openat(fd, "x", O_RDONLY), EBADF);
}
