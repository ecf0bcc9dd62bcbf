/*
 * fcntl/o_path_fd_level_ops - the operations documented to work on an
 * O_PATH descriptor do work, without read permission on the object:
 * fstat() and fstatfs() describe the file, fchdir() enters a directory,
 * and a directory O_PATH descriptor serves as dirfd for openat().
 *
 * Cites: open(2) O_PATH (fchdir since Linux 3.5, fstat since Linux 3.6,
 * fstatfs since Linux 3.12, dirfd of *at() calls; no permission on the
 * object needed).  O_PATH since Linux 2.6.39.
 */
#include "fdtest.h"
#include <sys/statfs.h>

FT_CASE("fstat, fstatfs, fchdir and openat dirfd work on O_PATH descriptors",
	"open(2) O_PATH");

FT_POINT(fstat_fstatfs)
{
	char path[FT_PATH_MAX];
	int f = ft_tmpfile("abcde", path);
	FT_SYS(fchmod(f, 0)); /* no read permission needed (for the owner) */
	close(f);
	FT_FD int fd = FT_NEED_FLAG(open(path, O_PATH), "O_PATH", "Linux 2.6.39");
	struct stat st, ref;
	FT_SYS(fstat(fd, &st));
	FT_SYS(stat(path, &ref));
	FT_EQ(st.st_ino, ref.st_ino);
	FT_EQ(st.st_size, 5);
	struct statfs sf;
	FT_SYS(fstatfs(fd, &sf));
}

FT_POINT(fchdir_directory)
{
	FT_SYS(mkdir("d", 0700));
	FT_FD int fd = FT_NEED_FLAG(open("d", O_PATH | O_DIRECTORY), "O_PATH", "Linux 2.6.39");
	FT_SYS(fchdir(fd));
	struct stat a, b;
	FT_SYS(stat(".", &a));
	FT_SYS(fstat(fd, &b));
	FT_EQ(a.st_ino, b.st_ino);
	FT_SYS(chdir(".."));
}

FT_POINT(openat_dirfd)
{
	FT_SYS(mkdir("d", 0700));
	int w = FT_SYS(open("d/x", O_WRONLY | O_CREAT, 0600));
	FT_EQ(write(w, "hi", 2), 2);
	close(w);
	FT_FD int dfd = FT_NEED_FLAG(open("d", O_PATH | O_DIRECTORY), "O_PATH", "Linux 2.6.39");
	FT_FD int fd = FT_SYS(openat(dfd, "x", O_RDONLY));
	char buf[4];
	FT_EQ(read(fd, buf, sizeof buf), 2);
	FT_MEMEQ(buf, "hi", 2);
}
