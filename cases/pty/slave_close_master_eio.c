/*
 * pty/slave_close_master_eio - once the last descriptor of the slave is
 * closed, the master reports the hangup: a zero-timeout poll shows
 * POLLHUP and read() fails with EIO (how Linux tells the program driving
 * the terminal that the other side is gone).  While any copy of the slave
 * stays open (a dup, or a second open) neither happens.  Rows cover the slave opened
 * by name and through TIOCGPTPEER.
 */
#include "pty.h"

FT_CASE("closing the last slave descriptor makes the master poll POLLHUP and read EIO",
	"pty(7) DESCRIPTION; poll(2) DESCRIPTION (POLLHUP); read(2) ERRORS (EIO)");

FT_TABLE(last_close_hangs_up_master, pty_slave_kinds)
{
	char c;
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	int s = pty_slave_of(row, m, O_CLOEXEC);
	FT_EQ(pty_revents(m), 0);
	FT_SYS(close(s));
	FT_FLAG_SET(pty_revents(m), POLLHUP);
	FT_ERRNO(read(m, &c, 1), EIO);
}

FT_TABLE(copy_keeps_master_up, pty_slave_kinds)
{
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	int s = pty_slave_of(row, m, O_CLOEXEC);
	FT_FD int copy = FT_SYS(fcntl(s, F_DUPFD_CLOEXEC, 0));
	FT_SYS(close(s));
	FT_EQ(pty_revents(m), 0);
	ft_write_all(copy, "y", 1);
	FT_FLAG_SET(pty_revents(m), POLLIN);
	FT_FLAG_CLEAR(pty_revents(m), POLLHUP);
	ft_close(&copy);
	FT_FLAG_SET(pty_revents(m), POLLHUP);
}

FT_TABLE(second_open_keeps_master_up, pty_slave_kinds)
{
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	int s = pty_slave_of(row, m, O_CLOEXEC);
	FT_FD int other = pty_open_slave(m, O_CLOEXEC);
	FT_SYS(close(s));
	FT_EQ(pty_revents(m), 0);
	ft_close(&other);
	FT_FLAG_SET(pty_revents(m), POLLHUP);
}
