/*
 * pipe/fifo_rdwr_open_does_not_block - on Linux, opening a FIFO O_RDWR
 * succeeds at once in blocking as well as non-blocking mode, with no other
 * process involved (POSIX leaves this undefined).  The descriptor is both
 * a reader and a writer: what is written through it can be read back
 * through it, and a non-blocking write-only open finds a reader.
 */
#include "pipe.h"

FT_CASE("on Linux an O_RDWR open of a FIFO does not block",
	"fifo(7) DESCRIPTION");

/* The open runs in a child, so that a wrongly blocking open is reported
   within the time limit instead of hanging the point. */
static void open_in_child(int flags)
{
	pp_mkfifo("f");
	pid_t pid = ft_fork();
	if (pid == 0) {
		int fd = FT_SYS(open("f", flags | O_CLOEXEC));
		FT_EQ(ft_getfl(fd) & O_ACCMODE, O_RDWR);
		close(fd);
		_exit(0);
	}
	FT_EQ(ft_wait_exit(pid, 1000), 0);
}

FT_POINT(blocking_rdwr_returns)
{
	open_in_child(O_RDWR);
}

FT_POINT(nonblocking_rdwr_returns)
{
	open_in_child(O_RDWR | O_NONBLOCK);
}

FT_POINT(rdwr_reads_back_own_write)
{
	pp_mkfifo("f");
	FT_FD int fd = FT_SYS(open("f", O_RDWR | O_NONBLOCK | O_CLOEXEC));
	ft_write_all(fd, "loop", 4);
	char buf[8];
	FT_EQ(read(fd, buf, sizeof buf), 4);
	FT_MEMEQ(buf, "loop", 4);
	FT_FD int w = FT_SYS(open("f", O_WRONLY | O_NONBLOCK | O_CLOEXEC));
}
