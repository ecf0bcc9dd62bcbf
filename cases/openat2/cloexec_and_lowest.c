/*
 * openat2/cloexec_and_lowest - a descriptor from openat2(2) (Linux 5.6)
 * takes the lowest free number, filling a gap below an open descriptor,
 * whatever the flags and resolve bits; O_CLOEXEC in how.flags sets its
 * close-on-exec flag, so an exec'd image does not get it, and without
 * O_CLOEXEC the flag is clear and the image keeps it.  Axes: plain,
 * O_CLOEXEC, O_PATH, O_PATH | O_CLOEXEC, a resolve restriction.
 */
#include "openat2.h"
#include "../alloc/alloc.h" /* alloc_gap */

FT_CASE("openat2 descriptors take the lowest free number; O_CLOEXEC sets close-on-exec",
	"openat2(2) DESCRIPTION (\"The open_how structure\"), VERSIONS (Linux 5.6); open(2) O_CLOEXEC; "
	"POSIX XSH 2.14 File Descriptor Allocation; execve(2) \"Effect on process attributes\"");

static const struct {
	const char *name;
	uint64_t flags, resolve;
	int cloexec;
} rows[] = {
	{ "plain", O_RDONLY, 0, 0 },
	{ "cloexec", O_RDONLY | O_CLOEXEC, 0, 1 },
	{ "o_path", O_PATH, 0, 0 },
	{ "o_path_cloexec", O_PATH | O_CLOEXEC, 0, 1 },
	{ "beneath", O_RDONLY, RESOLVE_BENEATH, 0 },
	{ "beneath_cloexec", O_RDONLY | O_CLOEXEC, RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS, 1 },
};

FT_TABLE(fills_gap, rows)
{
	oa_need();
	FT_FD int root = oa_tree();
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int fd = FT_SYS(oa_open(root, "file", row->flags, 0, row->resolve));
	FT_EQ(fd, gap);
}

FT_TABLE(cloexec_flag, rows)
{
	oa_need();
	FT_FD int root = oa_tree();
	FT_FD int fd = FT_SYS(oa_open(root, "file", row->flags, 0, row->resolve));
	if (row->cloexec)
		FT_FLAG_SET(ft_getfd(fd), FD_CLOEXEC);
	else
		FT_FLAG_CLEAR(ft_getfd(fd), FD_CLOEXEC);
}

FT_POINT(exec_drops_cloexec_keeps_plain)
{
	oa_need();
	FT_FD int root = oa_tree();
	FT_FD int dropped = FT_SYS(oa_open(root, "file", O_RDONLY | O_CLOEXEC, 0, RESOLVE_BENEATH));
	FT_FD int kept = FT_SYS(oa_open(root, "file", O_RDONLY, 0, RESOLVE_BENEATH));
	struct ft_probe probe;
	ft_exec_probe(&probe, NULL, NULL);
	FT_TRUE(ft_probe_find(&probe, dropped) == NULL);
	const struct ft_probe_fd *seen = ft_probe_find(&probe, kept);
	FT_TRUE(seen != NULL);
	FT_FLAG_CLEAR(seen->fdflags, FD_CLOEXEC);
}

FT_POINT(second_takes_next_free)
{
	oa_need();
	FT_FD int root = oa_tree();
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int first = FT_SYS(oa_open(root, "file", O_RDONLY | O_CLOEXEC, 0, 0));
	FT_EQ(first, gap);
	int next = ft_lowest_free();
	FT_GT(next, plug);
	FT_FD int second = FT_SYS(oa_open(root, "sub", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0, 0));
	FT_EQ(second, next);
}
