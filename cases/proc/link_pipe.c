/*
 * proc/link_pipe - the /proc/self/fd link of a pipe end reads
 * "pipe:[INODE]", where INODE is the pipe's inode number as fstat reports
 * it: both ends of one pipe show the same number, another pipe a different
 * one.
 *
 * Cites: proc(5) "/proc/pid/fd/" (type:[inode] for pipes and sockets);
 * pipe(7).
 */
#include "proc.h"

FT_CASE("the /proc/self/fd link of a pipe is \"pipe:[ino]\" with fstat's st_ino",
	"proc(5) \"/proc/pid/fd/\"; pipe(7)");
FT_NEEDS(FT_NEEDS_PROC);

static void check_end(int fd)
{
	char want[64], got[64];
	struct stat st;
	FT_SYS(fstat(fd, &st));
	snprintf(want, sizeof want, "pipe:[%llu]", (unsigned long long)st.st_ino);
	ft_readlink_fd(fd, got, sizeof got);
	FT_STREQ(got, want);
}

FT_POINT(both_ends)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	check_end(p[0]);
	check_end(p[1]);
	char a[64], b[64];
	ft_readlink_fd(p[0], a, sizeof a);
	ft_readlink_fd(p[1], b, sizeof b);
	FT_STREQ(a, b);
}

FT_POINT(pipes_differ)
{
	FT_FDS int p[2] = FT_NO_FDS;
	int q[2];
	FT_SYS(pipe(p));
	FT_SYS(pipe(q));
	check_end(q[0]);
	char a[64], b[64];
	ft_readlink_fd(p[0], a, sizeof a);
	ft_readlink_fd(q[0], b, sizeof b);
	FT_TRUE(strcmp(a, b) != 0);
	close(q[0]);
	close(q[1]);
}
