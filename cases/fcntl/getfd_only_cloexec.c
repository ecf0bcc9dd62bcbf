/*
 * fcntl/getfd_only_cloexec - F_GETFD returns the descriptor flags, of
 * which FD_CLOEXEC is the only one defined: the result is exactly 0 or
 * FD_CLOEXEC, matching how the descriptor was made, for every kind of
 * descriptor (regular file, directory, pipe, socket, O_PATH).
 *
 * Cites: fcntl(2) "File descriptor flags" (only FD_CLOEXEC is defined);
 * open(2) O_CLOEXEC; pipe(2) pipe2 O_CLOEXEC; socket(2) SOCK_CLOEXEC;
 * POSIX fcntl(3p) F_GETFD.
 */
#include "fdtest.h"
#include <sys/socket.h>

FT_CASE("F_GETFD returns exactly FD_CLOEXEC or 0",
	"fcntl(2) \"File descriptor flags\"; open(2) O_CLOEXEC; POSIX fcntl(3p)");

FT_POINT(regular_file)
{
	FT_FD int a = FT_SYS(open("f", O_RDWR | O_CREAT, 0600));
	FT_FD int b = FT_SYS(open("f", O_RDONLY | O_CLOEXEC));
	FT_EQ(ft_getfd(a), 0);
	FT_EQ(ft_getfd(b), FD_CLOEXEC);
}

FT_POINT(directory_and_o_path)
{
	FT_FD int a = FT_SYS(open(".", O_RDONLY | O_DIRECTORY));
	FT_FD int b = FT_SYS(open(".", O_PATH | O_CLOEXEC));
	FT_EQ(ft_getfd(a), 0);
	FT_EQ(ft_getfd(b), FD_CLOEXEC);
}

FT_POINT(pipe_ends)
{
	int p[2], q[2];
	FT_SYS(pipe(p));
	FT_SYS(pipe2(q, O_CLOEXEC | O_NONBLOCK));
	FT_EQ(ft_getfd(p[0]), 0);
	FT_EQ(ft_getfd(p[1]), 0);
	FT_EQ(ft_getfd(q[0]), FD_CLOEXEC); /* O_NONBLOCK is no fd flag */
	FT_EQ(ft_getfd(q[1]), FD_CLOEXEC);
	close(p[0]);
	close(p[1]);
	close(q[0]);
	close(q[1]);
}

FT_POINT(socketpair_ends)
{
	FT_FDS int s[2] = FT_NO_FDS;
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, s));
	FT_EQ(ft_getfd(s[0]), FD_CLOEXEC);
	FT_EQ(ft_getfd(s[1]), FD_CLOEXEC);
}
