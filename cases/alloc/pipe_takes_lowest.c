/*
 * alloc/pipe_takes_lowest - pipe() allocates its two descriptors one after
 * the other, each the lowest free number at that moment: with a gap below
 * an open descriptor, one end fills the gap and the other takes the next
 * free number above it (stepping over the open one), also where the gap
 * lies above 63 or above 1023.  Which end is allocated first is not
 * documented, so only the pair is checked (Linux allocates the read end
 * first; a note records the order seen).
 *
 * Cites: pipe(2) DESCRIPTION; POSIX pipe(3p); POSIX XSH 2.14 "File
 * Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("pipe() gives its two ends the two lowest free numbers in turn",
	"pipe(2) DESCRIPTION; POSIX pipe(3p); POSIX XSH 2.14 File Descriptor Allocation");

static int create(int flags, const int *held, int fds[2])
{
	FT_SYS(pipe(fds));
	ft_note("read end %d, write end %d", fds[0], fds[1]);
	return 2;
}
static const struct alloc_call call = { create, NULL };

FT_POINT(ends_fill_gap_then_next_free)
{
	alloc_fills_gap(&call, 0, 0);
}

FT_POINT(ends_fill_two_gaps)
{
	FT_FD int plug1 = -1;
	FT_FD int plug2 = -1;
	int gap1 = alloc_gap(&plug1);
	FT_FD int hold = FT_SYS(dup2(plug1, gap1)); /* hold gap1 while making gap2 */
	int gap2 = alloc_gap(&plug2);
	ft_close(&hold);
	FT_FDS int p[2] = FT_NO_FDS;
	create(0, NULL, p);
	FT_EQ(p[0] < p[1] ? p[0] : p[1], gap1);
	FT_EQ(p[0] < p[1] ? p[1] : p[0], gap2);
}

ALLOC_ROWS_ABOVE(&call, 0)
