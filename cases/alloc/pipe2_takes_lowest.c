/*
 * alloc/pipe2_takes_lowest - pipe2() allocates like pipe(), whatever the
 * flags: each end takes the lowest free number in turn, so the pair fills
 * a gap and then the next free number above an open descriptor.  The order
 * of the two ends is not documented and is not checked.
 *
 * Cites: pipe(2) DESCRIPTION (pipe2 since Linux 2.6.27); POSIX pipe(3p);
 * POSIX XSH 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("pipe2() gives its two ends the two lowest free numbers in turn",
	"pipe(2) DESCRIPTION; POSIX pipe(3p); POSIX XSH 2.14 File Descriptor Allocation");

static void check(int flags)
{
	int plug, h = alloc_gap(&plug);
	int next = alloc_free_above(h);
	int p[2];
	FT_SYS(pipe2(p, flags));
	FT_EQ(p[0] < p[1] ? p[0] : p[1], h);
	FT_EQ(p[0] < p[1] ? p[1] : p[0], next);
	close(p[0]);
	close(p[1]);
	close(plug);
}

FT_POINT(no_flags)
{
	check(0);
}

FT_POINT(cloexec_nonblock)
{
	check(O_CLOEXEC | O_NONBLOCK);
}
