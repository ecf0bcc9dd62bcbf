/*
 * alloc/pipe_takes_lowest - pipe() allocates its two descriptors one after
 * the other, each the lowest free number at that moment: with a gap below
 * an open descriptor, one end fills the gap and the other takes the next
 * free number above it (stepping over the open one).  Which end is
 * allocated first is not documented, so only the pair is checked (Linux
 * allocates the read end first; a note records the order seen).
 *
 * Cites: pipe(2) DESCRIPTION; POSIX pipe(3p); POSIX XSH 2.14 "File
 * Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("pipe() gives its two ends the two lowest free numbers in turn",
	"pipe(2) DESCRIPTION; POSIX pipe(3p); POSIX XSH 2.14 File Descriptor Allocation");

static void check_pair(const int p[2], int lo, int hi)
{
	int a = p[0] < p[1] ? p[0] : p[1], b = p[0] < p[1] ? p[1] : p[0];
	FT_EQ(a, lo);
	FT_EQ(b, hi);
	ft_note("read end %d, write end %d", p[0], p[1]);
}

FT_POINT(ends_fill_gap_then_next_free)
{
	int plug, h = alloc_gap(&plug);
	int next = alloc_free_above(h);
	int p[2];
	FT_SYS(pipe(p));
	check_pair(p, h, next);
	close(p[0]);
	close(p[1]);
	close(plug);
}

FT_POINT(ends_fill_two_gaps)
{
	int plug1, h1 = alloc_gap(&plug1);
	int plug2, h2;
	int t = FT_SYS(dup2(plug1, h1)); /* hold h1 while making gap 2 */
	h2 = alloc_gap(&plug2);
	close(t);
	int p[2];
	FT_SYS(pipe(p));
	check_pair(p, h1, h2);
	close(p[0]);
	close(p[1]);
	close(plug1);
	close(plug2);
}
