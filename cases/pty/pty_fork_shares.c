/*
 * pty/pty_fork_shares - a master inherited across fork is the same open
 * file description in both processes: a status flag set by the child
 * (O_NONBLOCK) is seen by the parent, and data the child writes through
 * its copy reaches the slave.  The pair hangs up only when the last copy
 * is closed: after the parent closed its master the slave stays up while
 * the child holds one, and polls POLLHUP once the child has exited.
 */
#include "pty.h"

FT_CASE("a pty master inherited by fork shares its description; the last close hangs up",
	"fork(2) DESCRIPTION; open(2) NOTES \"Open file descriptions\"; pty(7) DESCRIPTION");

FT_POINT(child_setfl_seen_by_parent)
{
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	FT_FLAG_CLEAR(ft_getfl(m), O_NONBLOCK);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(fcntl(m, F_SETFL, ft_getfl(m) | O_NONBLOCK));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_FLAG_SET(ft_getfl(m), O_NONBLOCK);
}

FT_POINT(child_writes_reach_slave)
{
	char c = 0;
	struct termios t;
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	FT_FD int s = pty_open_slave(m, O_CLOEXEC);
	FT_SYS(tcgetattr(s, &t));
	cfmakeraw(&t);
	FT_SYS(tcsetattr(s, TCSANOW, &t));
	pid_t pid = ft_fork();
	if (pid == 0) {
		ft_write_all(m, "c", 1);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(ft_poll_in(s, 2000), 1);
	FT_EQ(read(s, &c, 1), 1);
	FT_EQ(c, 'c');
}

FT_POINT(hangup_waits_for_last_copy)
{
	FT_FDS int ack[2] = FT_NO_FDS;
	FT_FDS int release[2] = FT_NO_FDS;
	int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	FT_FD int s = pty_open_slave(m, O_CLOEXEC);
	ft_pipe(ack, O_CLOEXEC);
	ft_pipe(release, O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		close(ack[0]);
		close(release[1]);
		close(s);
		FT_SYS(write(ack[1], "a", 1));
		FT_EQ(read(release[0], &c, 1), 0);
		_exit(0); /* its copy of m closes here */
	}
	ft_close(&ack[1]);
	FT_EQ(ft_poll_in(ack[0], 2000), 1);
	FT_SYS(close(m));
	FT_EQ(pty_revents(s), 0);
	ft_close(&release[1]);
	FT_CHILD_OK(pid);
	FT_FLAG_SET(pty_revents(s), POLLHUP);
}
