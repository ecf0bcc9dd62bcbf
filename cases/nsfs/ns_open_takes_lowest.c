/*
 * nsfs/ns_open_takes_lowest - a namespace descriptor is allocated like any
 * other: opening /proc/self/ns/TYPE (with and without O_CLOEXEC) and the
 * NS_GET_USERNS request, which returns a new descriptor, both take the
 * lowest free number, filling a gap below an open descriptor, and a
 * closed number is handed out again.
 */
#include "nsfs.h"
#include "../alloc/alloc.h"

FT_CASE("namespace descriptors take the lowest free number",
	"namespaces(7) \"The /proc/[pid]/ns/ directory\"; ioctl_ns(2) DESCRIPTION "
	"(NS_GET_USERNS, Linux 4.9); open(2) DESCRIPTION; "
	"POSIX XSH 2.14 File Descriptor Allocation");

FT_NEEDS(FT_NEEDS_PROC);

FT_TABLE(open_fills_gap, ns_kinds)
{
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int fd = ns_open(row, O_RDONLY);
	FT_EQ(fd, gap);
}

FT_TABLE(open_cloexec_fills_gap, ns_kinds)
{
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int fd = ns_open(row, O_RDONLY | O_CLOEXEC);
	FT_EQ(fd, gap);
}

FT_TABLE(closed_number_reused, ns_kinds)
{
	int first = ns_open(row, O_RDONLY | O_CLOEXEC);
	FT_FD int above = FT_SYS(fcntl(first, F_DUPFD_CLOEXEC, 0));
	FT_SYS(close(first));
	FT_FD int again = ns_open(row, O_RDONLY | O_CLOEXEC);
	FT_EQ(again, first);
}

FT_POINT(ns_get_userns_fills_gap)
{
	ns_enter_userns(CLONE_NEWUTS);
	FT_FD int uts = ns_open_pid(getpid(), "uts");
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int owner = FT_SYS(ns_get(uts, NS_GET_USERNS));
	FT_EQ(owner, gap);
}
