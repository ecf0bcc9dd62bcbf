/*
 * pipe/proc_fd_reopen_same_pipe - opening /proc/self/fd/N for a pipe end
 * opens the same pipe again (a new open file description on it, as opening
 * a FIFO would): data written through a reopened write end arrives at the
 * original read end, a reopened read end reads what the original write end
 * wrote, and a reopened write end is a writer that keeps the pipe from end
 * of file.
 */
#include "pipe.h"

FT_CASE("reopening a pipe end through /proc/self/fd reaches the same pipe",
	"proc(5) /proc/pid/fd/; pipe(7) \"I/O on pipes and FIFOs\"; open(2) \"Open file descriptions\"");

static int reopen(int fd, int flags)
{
	char path[64];
	if (access("/proc/self/fd", F_OK) != 0)
		FT_SKIP("needs /proc mounted");
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	return FT_SYS(open(path, flags | O_CLOEXEC));
}

FT_POINT(reopened_write_end_reaches_reader)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_FD int w = reopen(p[1], O_WRONLY);
	ft_write_all(w, "via", 3);
	char buf[8];
	FT_EQ(ft_poll_in(p[0], 1000), 1);
	FT_EQ(read(p[0], buf, sizeof buf), 3);
	FT_MEMEQ(buf, "via", 3);
}

FT_POINT(reopened_read_end_reads_data)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_FD int r = reopen(p[0], O_RDONLY | O_NONBLOCK);
	ft_write_all(p[1], "orig", 4);
	char buf[8];
	FT_EQ(read(r, buf, sizeof buf), 4);
	FT_MEMEQ(buf, "orig", 4);
	FT_EQ(pp_queued(p[0]), 0);
}

FT_POINT(reopened_writer_keeps_pipe_open)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_FD int w = reopen(p[1], O_WRONLY);
	ft_close(&p[1]);
	FT_EQ(ft_poll_in(p[0], 0), 0);
	ft_close(&w);
	FT_EQ(ft_poll_in(p[0], 1000), 1);
	char c;
	FT_EQ(read(p[0], &c, 1), 0);
}

FT_POINT(reopen_is_a_new_description)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_FD int r = reopen(p[0], O_RDONLY | O_NONBLOCK);
	FT_FLAG_CLEAR(ft_getfl(p[0]), O_NONBLOCK);
	FT_FLAG_SET(ft_getfl(r), O_NONBLOCK);
}
