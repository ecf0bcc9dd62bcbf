/*
 * pidfd/clone_pidfd_takes_lowest - the pidfd that clone(2) and clone3(2)
 * return with CLONE_PIDFD gets the lowest free number, filling a gap below
 * an open descriptor like every allocation; and a closed pidfd's number is
 * free again: the next pidfd, made by pidfd_open, clone or clone3, takes
 * it.  Axes: clone, clone3 (and pidfd_open for the reuse).
 */
#include "pidfd.h"

FT_CASE("the CLONE_PIDFD pidfd takes the lowest free number; a closed pidfd's number is reused",
	"clone(2) CLONE_PIDFD (Linux 5.2; clone3 Linux 5.3); pidfd_open(2) DESCRIPTION; "
	"POSIX XSH 2.14 File Descriptor Allocation");

FT_TABLE(fills_gap, pf_clone_makers)
{
	FT_FD int plug = -1, pidfd = -1, wr = -1;
	int gap = alloc_gap(&plug);
	pid_t pid = pf_parked(row->how, 0, &pidfd, &wr);
	FT_EQ(pidfd, gap);
	pf_release(pid, &wr);
}

FT_TABLE(closed_number_reused, pf_makers)
{
	FT_FD int plug = -1, first = -1, wr1 = -1, second = -1, wr2 = -1;
	int gap = alloc_gap(&plug);
	pid_t pid1 = pf_parked(row->how, 0, &first, &wr1);
	FT_EQ(first, gap);
	pf_release(pid1, &wr1);
	ft_close(&first);
	FT_EQ(ft_lowest_free(), gap);
	pid_t pid2 = pf_parked(row->how, 0, &second, &wr2);
	FT_EQ(second, gap);
	pf_release(pid2, &wr2);
}
