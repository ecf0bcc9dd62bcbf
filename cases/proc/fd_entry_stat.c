/*
 * proc/fd_entry_stat - each /proc/self/fd/N entry is a symbolic link:
 * lstat shows S_IFLNK, while stat follows it to the open file itself, so
 * st_ino and the file type are those fstat(N) reports, for a regular file,
 * a pipe and a socket alike (and for an unlinked file).
 *
 * Cites: proc(5) "/proc/pid/fd/" (each entry is a symbolic link to the
 * actual file); stat(2) DESCRIPTION (lstat does not follow links).
 */
#include "proc.h"
#include <sys/socket.h>

FT_CASE("/proc/self/fd/N is a symlink that stat follows to the open file",
	"proc(5) \"/proc/pid/fd/\"; stat(2) DESCRIPTION");
FT_NEEDS(FT_NEEDS_PROC);

static void check(int fd)
{
	char p[64];
	struct stat l, s, f;
	snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
	FT_SYS(lstat(p, &l));
	FT_TRUE(S_ISLNK(l.st_mode));
	FT_SYS(stat(p, &s));
	FT_SYS(fstat(fd, &f));
	FT_EQ(s.st_ino, f.st_ino);
	FT_EQ(s.st_dev, f.st_dev);
	FT_EQ(s.st_mode & S_IFMT, f.st_mode & S_IFMT);
}

FT_POINT(regular_file)
{
	FT_FD int fd = ft_tmpfile("x", NULL);
	check(fd);
}

FT_POINT(unlinked_file)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("x", path);
	FT_SYS(unlink(path));
	check(fd);
}

FT_POINT(pipe_and_socket)
{
	FT_FDS int p[2] = FT_NO_FDS;
	int s[2];
	FT_SYS(pipe(p));
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, s));
	check(p[0]);
	check(s[0]);
	close(s[0]);
	close(s[1]);
}
