/*
 * pipe/ends_share_inode - the two ends of one pipe are two descriptors on
 * one pipe object: fstat() reports a FIFO with the same inode (and device)
 * for both, while their access modes differ; a different pipe has a
 * different inode.
 */
#include "pipe.h"

FT_CASE("both ends of a pipe report the same FIFO inode",
	"pipe(2) DESCRIPTION; pipe(7) DESCRIPTION; stat(2)");

FT_POINT(same_inode_both_ends)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	struct stat r, w;
	FT_SYS(fstat(p[0], &r));
	FT_SYS(fstat(p[1], &w));
	FT_TRUE(S_ISFIFO(r.st_mode));
	FT_TRUE(S_ISFIFO(w.st_mode));
	FT_EQ(r.st_ino, w.st_ino);
	FT_EQ(r.st_dev, w.st_dev);
	FT_NE(ft_getfl(p[0]) & O_ACCMODE, ft_getfl(p[1]) & O_ACCMODE);
}

FT_POINT(other_pipe_other_inode)
{
	FT_FDS int p[2] = FT_NO_FDS, q[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	pp_pipe(q, 0);
	struct stat a, b;
	FT_SYS(fstat(p[0], &a));
	FT_SYS(fstat(q[1], &b));
	FT_TRUE(a.st_ino != b.st_ino || a.st_dev != b.st_dev);
}
