/*
 * pipe/exec_inherited_writer_keeps_pipe_open - a write end without
 * FD_CLOEXEC survives execve() and keeps the pipe open in the new program:
 * the reader sees no end of file until that program exits.  A write end
 * with O_CLOEXEC is closed by the exec itself, so end of file arrives
 * while the new program is still running.
 *
 * The new program is fixtures/fdprobe with a FIFO as its report path: it
 * blocks opening the FIFO until the point opens it for reading, which
 * keeps the new image alive as long as needed.  A second, O_CLOEXEC pipe
 * reaching end of file tells the point that the exec has happened.
 *
 * Cites: pipe(7) "I/O on pipes and FIFOs"; execve(2) "Effect on process
 * attributes" (descriptors stay open unless close-on-exec); pipe(2)
 * O_CLOEXEC; fcntl(2) "File descriptor flags".
 */
#include "pipe.h"

FT_CASE("an inherited write end keeps a pipe open across exec; O_CLOEXEC does not",
	"pipe(7) \"I/O on pipes and FIFOs\"; execve(2) \"Effect on process attributes\"; pipe(2) O_CLOEXEC; fcntl(2)");

/* fork + exec fdprobe with its report on the FIFO "report"; returns once
   the exec has happened. */
static pid_t exec_probe(void)
{
	int x[2];
	pp_mkfifo("report");
	pp_pipe(x, 0);
	const char *probe = ft_fixture("fdprobe");
	pid_t pid = ft_fork();
	if (pid == 0) {
		close(x[0]);
		execl(probe, "fdprobe", "report", (char *)NULL);
		FT_FAIL("cannot exec %s: %s", probe, ft_errno_name(errno));
	}
	close(x[1]);
	char c;
	FT_EQ(ft_poll_in(x[0], 2000), 1); /* x[1] is closed by the exec */
	FT_EQ(read(x[0], &c, 1), 0);
	close(x[0]);
	return pid;
}

/* Release fdprobe: read its report and reap it; 1 if it held fd. */
static int finish_probe(pid_t pid, int fd)
{
	static char rep[FT_PROBE_MAX * 96];
	char want[32];
	FT_FD int r = FT_SYS(open("report", O_RDONLY | O_CLOEXEC));
	rep[0] = '\n'; /* every line, the first included, follows a newline */
	size_t n = ft_read_all(r, rep + 1, sizeof rep - 2);
	rep[n + 1] = 0;
	ft_close(&r);
	FT_CHILD_OK(pid);
	FT_STRHAS(rep, "\nend\n");
	snprintf(want, sizeof want, "\nfd=%d ", fd);
	return strstr(rep, want) != NULL;
}

FT_POINT(inherited_writer_holds_pipe)
{
	int p[2];
	pp_pipe(p, 0);
	FT_SYS(fcntl(p[1], F_SETFD, 0)); /* inherited across exec */
	pid_t pid = exec_probe();
	close(p[1]);
	ft_wait_blocked(pid, FT_NR_OPEN, 0); /* fdprobe opens its report */
	FT_EQ(ft_poll_in(p[0], 0), 0); /* fdprobe holds the write end */
	FT_TRUE(finish_probe(pid, p[1]));
	FT_EQ(ft_poll_in(p[0], 1000), 1);
	char c;
	FT_EQ(read(p[0], &c, 1), 0);
	close(p[0]);
}

FT_POINT(cloexec_writer_closed_by_exec)
{
	int p[2];
	pp_pipe(p, 0); /* O_CLOEXEC on both ends */
	pid_t pid = exec_probe();
	close(p[1]);
	FT_EQ(ft_poll_in(p[0], 2000), 1);
	char c;
	FT_EQ(read(p[0], &c, 1), 0);
	FT_EQ(waitpid(pid, NULL, WNOHANG), 0); /* fdprobe is still running */
	FT_FALSE(finish_probe(pid, p[1]));
	close(p[0]);
}
