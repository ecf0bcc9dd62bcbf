/*
 * pipe/proc_fd_link_names_pipe - the /proc/self/fd entry of either pipe end
 * is a link whose text is "pipe:[INODE]", INODE being the pipe's inode
 * number as fstat() reports it; both ends name the same inode.
 */
#include "pipe.h"

FT_CASE("/proc/self/fd links of a pipe read pipe:[inode]",
	"proc(5) /proc/pid/fd/");

FT_POINT(both_ends_name_the_inode)
{
	if (access("/proc/self/fd", F_OK) != 0)
		FT_SKIP("needs /proc mounted");
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	struct stat st;
	FT_SYS(fstat(p[0], &st));
	char want[64], r[128], w[128];
	snprintf(want, sizeof want, "pipe:[%llu]", (unsigned long long)st.st_ino);
	ft_readlink_fd(p[0], r, sizeof r);
	ft_readlink_fd(p[1], w, sizeof w);
	FT_STREQ(r, want);
	FT_STREQ(w, want);
}
