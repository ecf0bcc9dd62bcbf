/*
 * pty/master_close_hangs_up_slave - closing the master (its last
 * descriptor) hangs up the slave: the slave polls POLLHUP at once, a
 * write to it fails with EIO and a read returns end-of-file, as after a
 * modem disconnect; and the slave's name disappears from its devpts
 * instance, since it exists only as long as the master is open (seen in
 * an instance of the point's own, where no other process can take the
 * freed number).  A copy of the master kept
 * open (dup) keeps the slave up.
 */
#include "pty.h"

FT_CASE("closing the master hangs up the slave (POLLHUP, EIO on write, EOF) and removes its name",
	"pty(7) DESCRIPTION; posix_openpt(3) NOTES; pts(4) DESCRIPTION; "
	"POSIX XBD 11.1.10 Modem Disconnect; "
	"POSIX close(3p)");

FT_TABLE(slave_hung_up, pty_slave_kinds)
{
	char c;
	int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	FT_FD int s = pty_slave_of(row, m, O_CLOEXEC);
	FT_EQ(pty_revents(s), 0);
	FT_SYS(close(m));
	FT_FLAG_SET(pty_revents(s), POLLHUP);
	FT_ERRNO(write(s, "x", 1), EIO);
	FT_EQ(read(s, &c, 1), 0);
}

FT_POINT(name_removed)
{
	char *name;
	struct stat st;
	int m = pty_private_master(O_RDWR | O_NOCTTY | O_CLOEXEC, &name);
	FT_SYS(stat(name, &st));
	FT_SYS(close(m));
	FT_ERRNO(stat(name, &st), ENOENT);
}

FT_TABLE(master_copy_keeps_slave_up, ft_dup_kinds)
{
	int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	FT_FD int s = pty_open_slave(m, O_CLOEXEC);
	FT_FD int copy = FT_SYS(row->dup(m));
	FT_SYS(close(m));
	FT_EQ(pty_revents(s), 0);
	ft_write_all(s, "z", 1);
	ft_close(&copy);
	FT_FLAG_SET(pty_revents(s), POLLHUP);
}
