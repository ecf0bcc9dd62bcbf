/*
 * fcntl/getfl_access_mode - F_GETFL reports the access mode the
 * descriptor was opened with in the O_ACCMODE bits: O_RDONLY, O_WRONLY or
 * O_RDWR for files, O_RDONLY and O_WRONLY for the two ends of a pipe,
 * O_RDWR for a socket.
 *
 * Cites: fcntl(2) "File status flags" (F_GETFL returns the access mode
 * and status flags); open(2) NOTES "File access mode"; pipe(2)
 * DESCRIPTION; POSIX fcntl(3p) F_GETFL.
 */
#include "fdtest.h"
#include <sys/socket.h>

FT_CASE("F_GETFL reports the access mode",
	"fcntl(2) \"File status flags\"; open(2) NOTES \"File access mode\"; pipe(2) DESCRIPTION; POSIX fcntl(3p)");

FT_POINT(regular_file_modes)
{
	static const int modes[] = { O_RDONLY, O_WRONLY, O_RDWR };
	char path[FT_PATH_MAX];
	close(ft_tmpfile(NULL, path));
	for (int i = 0; i < 3; i++) {
		int fd = FT_SYS(open(path, modes[i]));
		FT_EQ(ft_getfl(fd) & O_ACCMODE, modes[i]);
		close(fd);
	}
}

FT_POINT(pipe_ends)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	FT_EQ(ft_getfl(p[0]) & O_ACCMODE, O_RDONLY);
	FT_EQ(ft_getfl(p[1]) & O_ACCMODE, O_WRONLY);
}

FT_POINT(socket_rdwr)
{
	FT_FDS int s[2] = FT_NO_FDS;
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, s));
	FT_EQ(ft_getfl(s[0]) & O_ACCMODE, O_RDWR);
}
