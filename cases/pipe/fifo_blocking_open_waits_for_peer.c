/*
 * pipe/fifo_blocking_open_waits_for_peer - a blocking open of a FIFO for
 * reading only waits until some process opens it for writing, and a
 * blocking open for writing waits for a reader; the waiting open completes
 * as soon as the other end is opened.
 */
#include "pipe.h"

FT_CASE("a blocking open of a FIFO waits until the other end is opened",
	"fifo(7) DESCRIPTION; POSIX open(3p)");

/* A child opens "f" with child_flags and then reports through st; the
   parent sees no report until it opens the other end itself. */
static void rendezvous(int child_flags, int parent_flags)
{
	FT_FDS int st[2] = FT_NO_FDS;
	pp_mkfifo("f");
	pp_pipe(st, 0);
	pid_t pid = ft_fork();
	if (pid == 0) {
		ft_close(&st[0]);
		int fd = FT_SYS(open("f", child_flags | O_CLOEXEC));
		FT_EQ(write(st[1], "o", 1), 1);
		close(fd);
		_exit(0);
	}
	ft_close(&st[1]);
	ft_wait_blocked(pid, FT_NR_OPEN, 0);
	FT_EQ(ft_poll_in(st[0], 0), 0); /* the child's open is waiting */
	int fd = FT_SYS(open("f", parent_flags | O_CLOEXEC));
	char c;
	FT_EQ(read(st[0], &c, 1), 1); /* ... and is released */
	FT_CHILD_OK(pid);
	close(fd);
}

FT_POINT(reader_waits_for_writer)
{
	rendezvous(O_RDONLY, O_WRONLY);
}

FT_POINT(writer_waits_for_reader)
{
	rendezvous(O_WRONLY, O_RDONLY);
}
