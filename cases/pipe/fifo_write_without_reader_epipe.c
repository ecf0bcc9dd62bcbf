/*
 * pipe/fifo_write_without_reader_epipe - a write to a FIFO whose readers
 * have all closed fails with EPIPE and raises SIGPIPE in the writer, as
 * for an unnamed pipe.
 */
#include "pipe.h"

FT_CASE("a write to a FIFO with no reader fails with EPIPE and raises SIGPIPE",
	"fifo(7) NOTES; pipe(7) \"I/O on pipes and FIFOs\"; write(2) EPIPE");

FT_POINT(epipe_and_sigpipe)
{
	pp_mkfifo("f");
	ft_count_signal(SIGPIPE);
	FT_FD int r = FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	FT_FD int w = FT_SYS(open("f", O_WRONLY | O_NONBLOCK | O_CLOEXEC));
	FT_EQ(write(w, "a", 1), 1);
	ft_close(&r);
	FT_ERRNO(write(w, "b", 1), EPIPE);
	FT_EQ(ft_signal_count(SIGPIPE), 1);
}

FT_POINT(second_reader_keeps_it_open)
{
	pp_mkfifo("f");
	ft_count_signal(SIGPIPE);
	FT_FD int r1 = FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	FT_FD int r2 = FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	FT_FD int w = FT_SYS(open("f", O_WRONLY | O_NONBLOCK | O_CLOEXEC));
	ft_close(&r1);
	FT_EQ(write(w, "a", 1), 1);
	ft_close(&r2);
	FT_ERRNO(write(w, "b", 1), EPIPE);
	FT_EQ(ft_signal_count(SIGPIPE), 1);
}
