/*
 * pty/tiocgptpeer_flags - TIOCGPTPEER opens the master's own slave with
 * the open(2)-style flags it is given: the descriptor is the device
 * ptsname() names (same st_rdev), close-on-exec exactly with O_CLOEXEC
 * (F_GETFD and across exec), non-blocking exactly with O_NONBLOCK (F_GETFL;
 * a read with no input then fails with EAGAIN, while without it the read
 * sleeps until the master writes).
 */
#include "pty.h"
#include "../exec/exec.h"

FT_CASE("TIOCGPTPEER opens the peer slave honouring O_CLOEXEC and O_NONBLOCK",
	"ioctl_tty(2) \"Pseudoterminal ioctls\" (TIOCGPTPEER, Linux 4.13); "
	"open(2) O_CLOEXEC and O_NONBLOCK; execve(2) \"Effect on process attributes\"");

FT_TABLE(is_named_slave, pty_peer_flag_rows)
{
	const char *name;
	struct stat a, b;
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, &name);
	FT_FD int s = pty_peer(m, row->flags);
	FT_SYS(fstat(s, &a));
	FT_SYS(stat(name, &b));
	FT_TRUE(S_ISCHR(a.st_mode));
	FT_EQ(a.st_rdev, b.st_rdev);
	FT_EQ(isatty(s), 1);
}

FT_TABLE(flags_honoured, pty_peer_flag_rows)
{
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	FT_FD int s = pty_peer(m, row->flags);
	if (row->flags & O_CLOEXEC)
		FT_FLAG_SET(ft_getfd(s), FD_CLOEXEC);
	else
		FT_FLAG_CLEAR(ft_getfd(s), FD_CLOEXEC);
	if (row->flags & O_NONBLOCK)
		FT_FLAG_SET(ft_getfl(s), O_NONBLOCK);
	else
		FT_FLAG_CLEAR(ft_getfl(s), O_NONBLOCK);
	FT_EQ(ft_getfl(s) & O_ACCMODE, O_RDWR);
}

FT_TABLE(across_exec, pty_peer_flag_rows)
{
	struct ft_probe p;
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	FT_FD int s = pty_peer(m, row->flags);
	ft_exec_probe(&p, NULL, NULL);
	if (row->flags & O_CLOEXEC)
		EX_GONE(&p, s);
	else
		FT_STREQ(EX_KEPT(&p, s)->type, "chr");
}

FT_POINT(nonblock_read_eagain)
{
	char c;
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	FT_FD int s = pty_peer(m, O_RDWR | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
	FT_ERRNO_ANY(read(s, &c, 1), EAGAIN, EWOULDBLOCK);
}

FT_POINT(blocking_read_sleeps)
{
	FT_FDS int done[2] = FT_NO_FDS;
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	FT_FD int s = pty_peer(m, O_RDWR | O_NOCTTY | O_CLOEXEC);
	ft_pipe(done, O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		char line[8];
		FT_GE(read(s, line, sizeof line), 1);
		FT_SYS(write(done[1], "r", 1));
		_exit(0);
	}
	FT_TRUE(ft_wait_blocked(pid, SYS_read, 0));
	FT_EQ(ft_poll_in(done[0], 0), 0);
	ft_write_all(m, "x\n", 2);
	FT_EQ(ft_poll_in(done[0], 2000), 1);
	FT_CHILD_OK(pid);
}
