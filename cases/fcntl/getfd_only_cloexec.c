/*
 * fcntl/getfd_only_cloexec - F_GETFD returns the descriptor flags, of
 * which FD_CLOEXEC is the only one defined: the result is exactly 0 or
 * FD_CLOEXEC, matching how the descriptor was made, for every kind of
 * descriptor (regular file, directory, pipe, socket, O_PATH, and every
 * type the library makes), before and after dup3(O_CLOEXEC) copies it.
 *
 * Cites: fcntl(2) "File descriptor flags" (only FD_CLOEXEC is defined);
 * open(2) O_CLOEXEC; pipe(2) pipe2 O_CLOEXEC; socket(2) SOCK_CLOEXEC;
 * pidfd_open(2) DESCRIPTION (close-on-exec always set); POSIX fcntl(3p)
 * F_GETFD.
 */
#include "fdtest.h"
#include <sys/socket.h>

FT_CASE("F_GETFD returns exactly FD_CLOEXEC or 0",
	"fcntl(2) \"File descriptor flags\"; open(2) O_CLOEXEC; pipe(2) pipe2; socket(2) SOCK_CLOEXEC; pidfd_open(2) DESCRIPTION; POSIX fcntl(3p)");

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
	FT_FDS int p[2] = FT_NO_FDS;
	FT_FDS int q[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	ft_pipe(q, O_CLOEXEC | O_NONBLOCK);
	FT_EQ(ft_getfd(p[0]), 0);
	FT_EQ(ft_getfd(p[1]), 0);
	FT_EQ(ft_getfd(q[0]), FD_CLOEXEC); /* O_NONBLOCK is no fd flag */
	FT_EQ(ft_getfd(q[1]), FD_CLOEXEC);
}

FT_POINT(socketpair_ends)
{
	FT_FDS int s[2] = FT_NO_FDS;
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, s));
	FT_EQ(ft_getfd(s[0]), FD_CLOEXEC);
	FT_EQ(ft_getfd(s[1]), FD_CLOEXEC);
}

/* every type as ft_fd_kinds makes it: without the flag (for a pidfd, which
   pidfd_open(2) always makes close-on-exec, F_SETFD cleared it) */
FT_TABLE(exact_on, ft_fd_kinds)
{
	FT_FD int fd = row->open();
	FT_EQ(ft_getfd(fd), 0);
	FT_FD int copy = FT_SYS(dup3(fd, ft_lowest_free(), O_CLOEXEC));
	FT_EQ(ft_getfd(copy), FD_CLOEXEC);
}
