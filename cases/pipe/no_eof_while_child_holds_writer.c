/*
 * pipe/no_eof_while_child_holds_writer - a forked child holds its own copy
 * of the write end; while it keeps it open the reader sees no end of file
 * even after the parent closed its copy, and end of file arrives as soon
 * as the child closes the copy or exits.
 */
#include "pipe.h"

FT_CASE("a forked child's copy of the write end keeps the pipe from EOF",
	"pipe(7) \"I/O on pipes and FIFOs\"; fork(2) DESCRIPTION");

/* The child keeps p[1] until go[0] yields a byte (or EOF); then it closes
   p[1] and, if hold, stays alive until go[0] reaches EOF. */
static pid_t holder(int p[2], int go[2], int hold)
{
	pid_t pid = ft_fork();
	if (pid == 0) {
		ft_close(&p[0]);
		ft_close(&go[1]);
		char c;
		FT_SYS(read(go[0], &c, 1)); /* the parent waits until it sleeps here */
		ft_close(&p[1]);
		if (hold)
			FT_SYS(read(go[0], &c, 1));
		_exit(0);
	}
	ft_close(&go[0]);
	ft_close(&p[1]);
	ft_wait_blocked(pid, SYS_read, 0); /* it has done all it does first */
	return pid;
}

FT_POINT(no_eof_while_child_holds)
{
	FT_FDS int p[2] = FT_NO_FDS, go[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	pp_pipe(go, 0);
	pid_t pid = holder(p, go, 0);
	FT_EQ(ft_poll_in(p[0], 0), 0);
	ft_close(&go[1]);
	FT_CHILD_OK(pid);
}

FT_POINT(eof_when_child_exits)
{
	FT_FDS int p[2] = FT_NO_FDS, go[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	pp_pipe(go, 0);
	pid_t pid = holder(p, go, 0);
	FT_EQ(ft_poll_in(p[0], 0), 0);
	ft_close(&go[1]); /* the child closes p[1] and exits */
	FT_CHILD_OK(pid);
	char c;
	FT_EQ(read(p[0], &c, 1), 0);
}

FT_POINT(eof_when_child_closes_its_copy)
{
	FT_FDS int p[2] = FT_NO_FDS, go[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	pp_pipe(go, 0);
	pid_t pid = holder(p, go, 1);
	FT_EQ(ft_poll_in(p[0], 0), 0);
	FT_EQ(write(go[1], "x", 1), 1); /* close p[1], but stay alive */
	FT_EQ(ft_poll_in(p[0], 2000), 1);
	char c;
	FT_EQ(read(p[0], &c, 1), 0);
	FT_EQ(waitpid(pid, NULL, WNOHANG), 0); /* EOF came before the exit */
	ft_close(&go[1]);
	FT_CHILD_OK(pid);
}
