/*
 * splice/sendfile_any_output - since Linux 2.6.33 sendfile's output may be
 * any file, not only a socket: a pipe, a stream socket, or a regular file,
 * whose file offset then advances by the bytes written.  An output
 * descriptor with O_APPEND is refused with EINVAL, and descriptors opened
 * the wrong way round are EBADF.
 *
 * Cites: sendfile(2) DESCRIPTION (out_fd, since Linux 2.6.33), ERRORS
 * (EBADF; EINVAL for O_APPEND), NOTES.
 */
#include "splice.h"
#include <sys/sendfile.h>
#include <sys/socket.h>

FT_CASE("sendfile writes to pipes, sockets and regular files; O_APPEND output is EINVAL",
	"sendfile(2) DESCRIPTION; ERRORS; NOTES");

FT_POINT(to_socket)
{
	FT_FD int in = ft_tmpfile("hello", NULL);
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_EQ(sendfile(sv[0], in, NULL, 5), 5);
	char buf[8] = "";
	FT_EQ(read(sv[1], buf, sizeof buf), 5);
	FT_MEMEQ(buf, "hello", 5);
}

FT_POINT(to_regular_file)
{
	FT_FD int in = ft_tmpfile("hello", NULL);
	FT_FD int out = ft_tmpfile("..........", NULL);
	FT_SYS(lseek(out, 3, SEEK_SET));
	FT_EQ(sendfile(out, in, NULL, 5), 5);
	FT_EQ(ft_offset(out), 8);
	char buf[11] = "";
	FT_EQ(pread(out, buf, 10, 0), 10);
	FT_STREQ(buf, "...hello..");
}

FT_POINT(to_append_output_einval)
{
	char path[FT_PATH_MAX];
	FT_FD int in = ft_tmpfile("hello", NULL);
	close(ft_tmpfile("x", path));
	FT_FD int out = FT_SYS(open(path, O_WRONLY | O_APPEND));
	FT_ERRNO(sendfile(out, in, NULL, 5), EINVAL);
	FT_EQ(ft_offset(in), 0);
}

FT_POINT(wrong_access_modes_ebadf)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile("hello", path));
	FT_FD int wo = FT_SYS(open(path, O_WRONLY));
	FT_FD int ro = FT_SYS(open(path, O_RDONLY));
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_ERRNO(sendfile(p[1], wo, NULL, 5), EBADF); /* input not readable */
	FT_ERRNO(sendfile(ro, ro, NULL, 5), EBADF);   /* output not writable */
}
