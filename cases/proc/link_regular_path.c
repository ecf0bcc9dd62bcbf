/*
 * proc/link_regular_path - for a regular file or a directory, the
 * /proc/self/fd/N link holds the absolute path of the file, however it was
 * opened (a relative path, a path relative to a dirfd): readlink gives the
 * working directory's path joined with the name.
 *
 * Cites: proc(5) "/proc/pid/fd/" (each entry is a symbolic link to the
 * actual file).
 */
#include "proc.h"

FT_CASE("the /proc/self/fd link of a file or directory is its absolute path",
	"proc(5) \"/proc/pid/fd/\"");
FT_NEEDS(FT_NEEDS_PROC);

static void want_path(char *out, size_t n, const char *name)
{
	char cwd[FT_PATH_MAX];
	FT_TRUE(getcwd(cwd, sizeof cwd) != NULL);
	snprintf(out, n, "%s/%s", cwd, name);
}

FT_POINT(relative_open)
{
	char want[FT_PATH_MAX + 8], got[FT_PATH_MAX + 8];
	FT_FD int fd = FT_SYS(open("f", O_RDWR | O_CREAT | O_EXCL, 0600));
	want_path(want, sizeof want, "f");
	ft_readlink_fd(fd, got, sizeof got);
	FT_STREQ(got, want);
}

FT_POINT(dirfd_relative_open)
{
	char want[FT_PATH_MAX + 8], got[FT_PATH_MAX + 8];
	FT_SYS(mkdir("d", 0700));
	FT_FD int dfd = FT_SYS(open("d", O_RDONLY | O_DIRECTORY));
	FT_FD int fd = FT_SYS(openat(dfd, "f", O_RDWR | O_CREAT | O_EXCL, 0600));
	want_path(want, sizeof want, "d/f");
	ft_readlink_fd(fd, got, sizeof got);
	FT_STREQ(got, want);
}

FT_POINT(directory)
{
	char want[FT_PATH_MAX + 8], got[FT_PATH_MAX + 8];
	FT_SYS(mkdir("d", 0700));
	FT_FD int dfd = FT_SYS(open("./d/", O_RDONLY | O_DIRECTORY));
	want_path(want, sizeof want, "d");
	ft_readlink_fd(dfd, got, sizeof got);
	FT_STREQ(got, want);
}
