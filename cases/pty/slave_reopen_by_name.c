/*
 * pty/slave_reopen_by_name - while the master lives, the slave can be
 * opened again by the name ptsname() gives, even after every slave
 * descriptor was closed: the new descriptor is the same device, it ends
 * the master's hangup (poll no longer reports POLLHUP) and data flows
 * between the ends again.  The name exists only as long as the master is
 * open: after the master's last close, opening it fails with ENOENT (in a
 * devpts instance of the point's own, where no other process can take
 * the freed number).
 */
#include "pty.h"

FT_CASE("the slave can be reopened through ptsname() while the master lives",
	"pty(7) \"UNIX 98 pseudoterminals\"; ptsname(3) DESCRIPTION; posix_openpt(3) NOTES; "
	"pts(4) DESCRIPTION");

FT_TABLE(reopen_after_last_close, pty_slave_kinds)
{
	struct stat a, b;
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	int s = pty_slave_of(row, m, O_CLOEXEC);
	FT_SYS(fstat(s, &a));
	FT_SYS(close(s));
	FT_FLAG_SET(pty_revents(m), POLLHUP);
	FT_FD int again = pty_open_slave(m, O_CLOEXEC);
	FT_SYS(fstat(again, &b));
	FT_EQ(a.st_rdev, b.st_rdev);
	FT_EQ(pty_revents(m), 0);
}

FT_POINT(data_flows_after_reopen)
{
	char c = 0;
	struct termios t;
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	int s = pty_open_slave(m, O_CLOEXEC);
	FT_SYS(close(s));
	FT_FD int again = pty_open_slave(m, O_CLOEXEC);
	FT_SYS(tcgetattr(again, &t));
	cfmakeraw(&t);
	FT_SYS(tcsetattr(again, TCSANOW, &t));
	ft_write_all(again, "s", 1);
	FT_EQ(ft_poll_in(m, 2000), 1);
	FT_EQ(read(m, &c, 1), 1);
	FT_EQ(c, 's');
	ft_write_all(m, "m", 1);
	FT_EQ(ft_poll_in(again, 2000), 1);
	FT_EQ(read(again, &c, 1), 1);
	FT_EQ(c, 'm');
}

FT_POINT(name_gone_after_master_close)
{
	char *name;
	int m = pty_private_master(O_RDWR | O_NOCTTY | O_CLOEXEC, &name);
	FT_FD int s = FT_SYS(open(name, O_RDWR | O_NOCTTY | O_CLOEXEC));
	FT_SYS(close(m));
	FT_ERRNO(open(name, O_RDWR | O_NOCTTY | O_CLOEXEC), ENOENT);
}
