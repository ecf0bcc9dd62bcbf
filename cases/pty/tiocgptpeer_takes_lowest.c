/*
 * pty/tiocgptpeer_takes_lowest - the TIOCGPTPEER ioctl opens the slave
 * from the master descriptor and returns a new descriptor on the lowest
 * free number, whatever open flags it is given, filling a gap below an
 * open descriptor; a second one takes the next free number.
 */
#include "pty.h"
#include "../alloc/alloc.h"

FT_CASE("ioctl(TIOCGPTPEER) returns the slave on the lowest free descriptor",
	"ioctl_tty(2) \"Pseudoterminal ioctls\" (TIOCGPTPEER, Linux 4.13); "
	"open(2) DESCRIPTION; POSIX XSH 2.14 File Descriptor Allocation");

FT_TABLE(fills_gap, pty_peer_flag_rows)
{
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int s = pty_peer(m, row->flags);
	FT_EQ(s, gap);
}

FT_POINT(second_takes_next_free)
{
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int first = pty_peer(m, O_RDWR | O_NOCTTY | O_CLOEXEC);
	FT_EQ(first, gap);
	int next = alloc_free_above(gap);
	FT_FD int second = pty_peer(m, O_RDWR | O_NOCTTY);
	FT_EQ(second, next);
}
