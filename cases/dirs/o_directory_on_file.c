/*
 * dirs/o_directory_on_file - O_DIRECTORY makes open() insist on a
 * directory: a regular file (directly, through a symlink, or relative to a
 * dirfd) fails with ENOTDIR, while a directory, also reached through a
 * symlink, opens.
 *
 * Cites: open(2) DESCRIPTION "O_DIRECTORY" and ERRORS "ENOTDIR"; POSIX
 * open(3p).
 */
#include "dirs.h"

FT_CASE("O_DIRECTORY on a non-directory fails with ENOTDIR",
	"open(2) O_DIRECTORY, ERRORS ENOTDIR; POSIX open(3p)");

static void setup(void)
{
	FT_SYS(mkdir("d", 0700));
	dirs_mkfile("f", "x");
	FT_SYS(symlink("f", "lf"));
	FT_SYS(symlink("d", "ld"));
}

FT_POINT(regular_file_enotdir)
{
	setup();
	FT_ERRNO(open("f", O_RDONLY | O_DIRECTORY), ENOTDIR);
	FT_ERRNO(open("lf", O_RDONLY | O_DIRECTORY), ENOTDIR);
	FT_FD int dfd = dirs_open(".");
	FT_ERRNO(openat(dfd, "f", O_RDONLY | O_DIRECTORY), ENOTDIR);
}

FT_POINT(directory_opens)
{
	setup();
	struct stat st;
	int fd = FT_SYS(open("d", O_RDONLY | O_DIRECTORY));
	FT_SYS(fstat(fd, &st));
	FT_TRUE(S_ISDIR(st.st_mode));
	close(fd);
	fd = FT_SYS(open("ld", O_RDONLY | O_DIRECTORY));
	FT_SYS(fstat(fd, &st));
	FT_TRUE(S_ISDIR(st.st_mode));
	close(fd);
}

FT_POINT(pipe_path_enotdir)
{
	FT_SYS(mkfifo("p", 0600));
	FT_ERRNO(open("p", O_RDONLY | O_NONBLOCK | O_DIRECTORY), ENOTDIR);
}
