/*
 * pipe/nonblock_read_empty_eagain - a read on an empty pipe through a
 * non-blocking read end fails with EAGAIN while a writer exists; with no
 * writer left it returns 0 (end of file) instead.  Clearing O_NONBLOCK
 * makes reads block again.
 */
#include "pipe.h"

FT_CASE("a non-blocking read of an empty pipe with a writer fails with EAGAIN",
	"pipe(7) \"I/O on pipes and FIFOs\"; read(2) EAGAIN; POSIX read(3p)");

FT_POINT(empty_with_writer_eagain)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	pp_set_nonblock(p[0]);
	char c;
	FT_ERRNO(read(p[0], &c, 1), EAGAIN);
	ft_write_all(p[1], "q", 1);
	FT_EQ(read(p[0], &c, 1), 1);
	FT_ERRNO(read(p[0], &c, 1), EAGAIN);
}

FT_POINT(empty_without_writer_eof)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, O_NONBLOCK);
	ft_close(&p[1]);
	char c;
	FT_EQ(read(p[0], &c, 1), 0);
}

FT_POINT(cleared_nonblock_blocks_again)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, O_NONBLOCK);
	int fl = ft_getfl(p[0]);
	FT_SYS(fcntl(p[0], F_SETFL, fl & ~O_NONBLOCK));
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		ft_close(&p[1]);
		FT_EQ(read(p[0], &c, 1), 1); /* blocks until the parent writes */
		FT_EQ(c, 'w');
		_exit(0);
	}
	ft_wait_blocked(pid, SYS_read, 0);
	FT_EQ(ft_poll_in(p[0], 0), 0); /* nothing was read-and-lost */
	FT_EQ(waitpid(pid, NULL, WNOHANG), 0); /* the child is still blocked */
	ft_write_all(p[1], "w", 1);
	FT_CHILD_OK(pid);
}
