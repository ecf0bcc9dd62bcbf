/*
 * anon/takes_lowest - fanotify_init, userfaultfd (the call and
 * /dev/userfaultfd), landlock_create_ruleset and memfd_secret return the
 * lowest free descriptor number, like every call that makes a new
 * descriptor: a gap below an open descriptor is filled, and a number
 * freed by close() is handed out again by the next call.
 */
#include "anon.h"

FT_CASE("fanotify, userfaultfd, Landlock and memfd_secret descriptors take the lowest free number",
	"POSIX XSH 2.14 File Descriptor Allocation; fanotify_init(2); userfaultfd(2); landlock_create_ruleset(2) (Linux 5.13); memfd_secret(2) (Linux 5.14)");

FT_TABLE(fills_gap, anon_kinds)
{
	FT_FD int plug = -1;
	int gap = anon_gap(&plug);
	FT_FD int fd = row->open(ANON_CLOEXEC);
	FT_EQ(fd, gap);
}

FT_TABLE(fills_gap_plain, anon_kinds)
{
	FT_FD int plug = -1;
	int gap = anon_gap(&plug);
	FT_FD int fd = row->open(0);
	FT_EQ(fd, gap);
}

FT_TABLE(closed_number_reused, anon_kinds)
{
	FT_FD int plug = -1;
	int first = row->open(ANON_CLOEXEC);
	plug = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	FT_GT(plug, first);
	FT_SYS(close(first));
	FT_FD int again = row->open(ANON_CLOEXEC);
	FT_EQ(again, first);
}
