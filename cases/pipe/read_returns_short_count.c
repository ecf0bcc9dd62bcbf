/*
 * pipe/read_returns_short_count - a read on a pipe that holds fewer bytes
 * than requested returns what is there at once (a short count) rather than
 * waiting for the buffer to fill, even though a writer is still open; a
 * read on an empty pipe waits for the next write and returns its bytes.
 */
#include "pipe.h"

FT_CASE("a pipe read returns the bytes available without waiting for more",
	"read(2) RETURN VALUE; pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(short_count_with_writer_open)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_write_all(p[1], "abc", 3);
	pid_t pid = ft_fork();
	if (pid == 0) { /* a read that waited for 100 bytes would hang here */
		char buf[100];
		FT_EQ(read(p[0], buf, sizeof buf), 3);
		FT_MEMEQ(buf, "abc", 3);
		_exit(0);
	}
	FT_EQ(ft_wait_exit(pid, 1000), 0);
}

FT_POINT(empty_read_waits_for_write)
{
	FT_FDS int p[2] = FT_NO_FDS, st[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	pp_pipe(st, 0);
	pid_t pid = ft_fork();
	if (pid == 0) {
		char buf[100];
		ft_close(&st[0]);
		FT_EQ(read(p[0], buf, sizeof buf), 2);
		FT_MEMEQ(buf, "hi", 2);
		FT_EQ(write(st[1], "r", 1), 1);
		_exit(0);
	}
	ft_close(&st[1]);
	ft_wait_blocked(pid, SYS_read, 0);
	FT_EQ(ft_poll_in(st[0], 0), 0); /* the child's read is waiting */
	ft_write_all(p[1], "hi", 2);
	FT_EQ(ft_poll_in(st[0], 2000), 1);
	FT_CHILD_OK(pid);
}
