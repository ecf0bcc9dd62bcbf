/*
 * pipe/fifo_eof_after_writers_close - a FIFO's reader gets the data its
 * writers wrote and then end of file, but only once every writer (every
 * open of the FIFO for writing) has closed; while one is still open an
 * empty non-blocking read fails with EAGAIN instead.
 */
#include "pipe.h"

FT_CASE("a FIFO reader sees end of file only after every writer closes",
	"fifo(7); pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(data_then_eof)
{
	pp_mkfifo("f");
	FT_FD int r = FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	FT_FD int w = FT_SYS(open("f", O_WRONLY | O_CLOEXEC));
	ft_write_all(w, "bye", 3);
	ft_close(&w);
	char buf[8];
	FT_EQ(read(r, buf, sizeof buf), 3);
	FT_MEMEQ(buf, "bye", 3);
	FT_EQ(read(r, buf, sizeof buf), 0);
}

FT_POINT(eof_waits_for_second_writer)
{
	pp_mkfifo("f");
	FT_FD int r = FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	FT_FD int w1 = FT_SYS(open("f", O_WRONLY | O_CLOEXEC));
	FT_FD int w2 = FT_SYS(open("f", O_WRONLY | O_CLOEXEC));
	ft_close(&w1);
	char c;
	FT_ERRNO(read(r, &c, 1), EAGAIN);
	FT_EQ(ft_poll_in(r, 0), 0);
	ft_close(&w2);
	FT_EQ(ft_poll_in(r, 1000), 1);
	FT_EQ(read(r, &c, 1), 0);
}
