/*
 * pty/master_close_sighup - when the last descriptor of a master is
 * closed, the controlling process of the slave (a session leader that
 * made the slave its controlling terminal) is sent SIGHUP.  The session
 * leader here blocks SIGHUP, so the signal stays pending where it can be
 * seen; it is pending once the parent's close() has returned.  While the
 * master lives, nothing is sent.
 */
#include "pty.h"

FT_CASE("the last close of a master sends SIGHUP to the slave's controlling process",
	"POSIX close(3p) (pseudo-terminal master); ioctl_tty(2) \"Controlling terminal\"; "
	"credentials(7) \"Process group ID and session ID\"");

/* The child: a session leader with the slave as its controlling
   terminal, SIGHUP blocked; says "r" when ready, then waits for the
   parent to close its end of sync and reports whether SIGHUP is pending
   by its exit code (1 pending, 0 not). */
static pid_t controlling_child(int m, int ready[2], int sync[2], int expect)
{
	pid_t pid = ft_fork();
	if (pid != 0)
		return pid;
	char c;
	sigset_t hup, pending;
	sigemptyset(&hup);
	sigaddset(&hup, SIGHUP);
	FT_SYS(sigprocmask(SIG_BLOCK, &hup, NULL));
	close(ready[0]);
	close(sync[1]);
	FT_SYS(setsid());
	int s = pty_open_slave(m, O_CLOEXEC);
	FT_SYS(ioctl(s, TIOCSCTTY, 0));
	FT_SYS(close(m)); /* the parent's is then the last */
	FT_SYS(write(ready[1], "r", 1));
	FT_EQ(read(sync[0], &c, 1), 0);
	FT_SYS(sigpending(&pending));
	FT_EQ(sigismember(&pending, SIGHUP), expect);
	_exit(0);
}

FT_POINT(last_master_close_sends_sighup)
{
	FT_FDS int ready[2] = FT_NO_FDS;
	FT_FDS int sync[2] = FT_NO_FDS;
	int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	ft_pipe(ready, O_CLOEXEC);
	ft_pipe(sync, O_CLOEXEC);
	pid_t pid = controlling_child(m, ready, sync, 1);
	ft_close(&ready[1]);
	FT_EQ(ft_poll_in(ready[0], 2000), 1);
	FT_SYS(close(m));
	ft_close(&sync[1]);
	FT_CHILD_OK(pid);
}

FT_POINT(no_sighup_while_master_open)
{
	FT_FDS int ready[2] = FT_NO_FDS;
	FT_FDS int sync[2] = FT_NO_FDS;
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	ft_pipe(ready, O_CLOEXEC);
	ft_pipe(sync, O_CLOEXEC);
	pid_t pid = controlling_child(m, ready, sync, 0);
	ft_close(&ready[1]);
	FT_EQ(ft_poll_in(ready[0], 2000), 1);
	FT_FD int copy = FT_SYS(dup(m));
	ft_close(&copy);
	ft_close(&sync[1]);
	FT_CHILD_OK(pid);
}
