/*
 * close/close_then_ebadf - close() of an open descriptor returns 0 and
 * frees the number at once: the number is no longer a valid descriptor,
 * so a second close() of it, or any other use, fails with EBADF.
 *
 * Cites: close(2) DESCRIPTION, RETURN VALUE and ERRORS (EBADF);
 * POSIX close(3p).
 */
#include "fdtest.h"
#include <sys/socket.h>

FT_CASE("close returns 0, then the same number is EBADF",
	"close(2) DESCRIPTION, RETURN VALUE, ERRORS; POSIX close(3p)");

static void close_twice(int fd)
{
	FT_EQ(close(fd), 0);
	FT_ERRNO(fcntl(fd, F_GETFD), EBADF);
	FT_ERRNO(close(fd), EBADF);
}

FT_POINT(regular_file)
{
	close_twice(ft_tmpfile("x", NULL));
}

FT_POINT(pipe_ends)
{
	int p[2];
	FT_SYS(pipe(p));
	close_twice(p[0]);
	close_twice(p[1]);
}

FT_POINT(socket)
{
	int s[2];
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, s));
	close_twice(s[1]);
	close_twice(s[0]);
}

FT_POINT(io_on_closed_number_ebadf)
{
	int fd = ft_tmpfile("abc", NULL);
	char c;
	FT_EQ(close(fd), 0);
	FT_ERRNO(read(fd, &c, 1), EBADF);
	FT_ERRNO(write(fd, "x", 1), EBADF);
	FT_ERRNO(lseek(fd, 0, SEEK_SET), EBADF);
}

FT_POINT(dup_survives_close)
{
	int fd = ft_tmpfile("abc", NULL);
	int d = FT_SYS(dup(fd));
	char c;
	FT_EQ(close(fd), 0);
	FT_ERRNO(close(fd), EBADF);
	FT_EQ(read(d, &c, 1), 1);
	FT_EQ(c, 'a');
	FT_EQ(close(d), 0);
}
