/*
 * pipe/eof_after_last_writer_closes - once every descriptor for the write
 * end of a pipe is closed, read() on the read end returns 0 (end of file),
 * but only after the data still queued has been read; a reader blocked in
 * read() is woken with 0 by the close of the last writer.
 */
#include "pipe.h"

FT_CASE("read on a pipe returns 0 once the last write end is closed",
	"pipe(7) \"I/O on pipes and FIFOs\"; poll(2) POLLHUP; POSIX read(3p)");

FT_POINT(read_returns_zero)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_close(&p[1]);
	char c;
	FT_EQ(read(p[0], &c, 1), 0);
	FT_EQ(read(p[0], &c, 1), 0); /* end of file stays */
}

FT_POINT(queued_data_read_before_eof)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_write_all(p[1], "abc", 3);
	ft_close(&p[1]);
	char buf[16];
	FT_EQ(read(p[0], buf, sizeof buf), 3);
	FT_MEMEQ(buf, "abc", 3);
	FT_EQ(read(p[0], buf, sizeof buf), 0);
}

FT_POINT(blocked_reader_woken_by_close)
{
	FT_FDS int p[2] = FT_NO_FDS;
	int st[2];
	pp_pipe(p, 0);
	pp_pipe(st, 0);
	pid_t pid = ft_fork();
	if (pid == 0) {
		ft_close(&p[1]);
		close(st[0]);
		char c;
		FT_EQ(read(p[0], &c, 1), 0); /* blocks until the parent closes */
		_exit(0);
	}
	ft_close(&p[0]);
	close(st[1]);
	/* The child's read is still blocked while the parent holds p[1]:
	   st reports EOF only when the child has exited. */
	ft_wait_blocked(pid, SYS_read, 0);
	FT_EQ(ft_poll_in(st[0], 0), 0);
	ft_close(&p[1]);
	FT_CHILD_OK(pid);
	close(st[0]);
}
