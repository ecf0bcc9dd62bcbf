/*
 * pipe/blocked_writer_woken_by_reader_close - a writer blocked in a write
 * larger than the pipe's capacity is not left blocked when the last read
 * end is closed: the write returns the count already transferred (a
 * partial write) or fails with EPIPE, SIGPIPE is raised, and the next write
 * fails with EPIPE and raises SIGPIPE again.
 */
#include "pipe.h"

FT_CASE("a writer blocked on a full pipe is released when the last reader closes",
	"pipe(7) \"I/O on pipes and FIFOs\", \"PIPE_BUF\"; write(2) RETURN VALUE, EPIPE");

FT_POINT_OPTS(released_with_partial_or_epipe, .timeout_ms = 10000)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	int cap = FT_SYS(fcntl(p[1], F_GETPIPE_SZ));
	pid_t pid = ft_fork();
	if (pid == 0) {
		size_t n = 2 * (size_t)cap;
		char *buf = calloc(1, n);
		FT_TRUE(buf != NULL);
		ft_close(&p[0]);
		ft_count_signal(SIGPIPE);
		errno = 0;
		ssize_t r = write(p[1], buf, n); /* blocks once the pipe is full */
		int e = errno;
		if (r == -1)
			FT_EQ(e, EPIPE);
		else
			FT_TRUE(r > 0 && (size_t)r < n);
		FT_GE(ft_signal_count(SIGPIPE), 1);
		int before = ft_signal_count(SIGPIPE);
		FT_ERRNO(write(p[1], buf, 1), EPIPE);
		FT_EQ(ft_signal_count(SIGPIPE), before + 1);
		free(buf);
		_exit(0);
	}
	ft_close(&p[1]);
	/* Once the writer sleeps inside its write, the pipe holds a full
	   capacity of its data. */
	ft_wait_blocked(pid, SYS_write, 0);
	FT_EQ(pp_queued(p[0]), cap);
	FT_EQ(waitpid(pid, NULL, WNOHANG), 0);
	ft_close(&p[0]);
	FT_EQ(ft_wait_exit(pid, 2000), 0);
}
