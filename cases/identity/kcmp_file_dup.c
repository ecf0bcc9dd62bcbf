/*
 * identity/kcmp_file_dup - kcmp(2) KCMP_FILE answers 0 ("the same") for
 * a descriptor and any copy the dup family makes of it, in either order,
 * since both refer to one open file description; for two descriptors of
 * different descriptions (a pipe's two ends) it answers non-zero.  Axes:
 * dup, dup2, dup3 (with and without O_CLOEXEC), F_DUPFD, F_DUPFD_CLOEXEC;
 * every descriptor type.
 */
#include "identity.h"

FT_CASE("kcmp(KCMP_FILE) reports a dup'd descriptor as the same open file description",
	"kcmp(2) DESCRIPTION (KCMP_FILE), RETURN VALUE, NOTES; dup(2) DESCRIPTION; "
	"open(2) NOTES \"Open file descriptions\"");

FT_TABLE(dup_family_same, ft_dup_kinds)
{
	id_need_kcmp();
	FT_FD int orig = ft_tmpfile("x", NULL);
	FT_FD int copy = FT_SYS(row->dup(orig));
	FT_NE(copy, orig);
	FT_EQ(id_kcmp_file(getpid(), orig, getpid(), copy), 0);
	FT_EQ(id_kcmp_file(getpid(), copy, getpid(), orig), 0);
}

FT_TABLE(every_type_same, ft_fd_kinds)
{
	id_need_kcmp();
	FT_FD int orig = row->open();
	FT_FD int copy = FT_SYS(dup(orig));
	FT_EQ(id_kcmp_file(getpid(), orig, getpid(), copy), 0);
}

FT_POINT(pipe_ends_differ)
{
	id_need_kcmp();
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	FT_NE(id_kcmp_file(getpid(), p[0], getpid(), p[1]), 0);
	FT_FD int copy = FT_SYS(dup(p[1]));
	FT_NE(id_kcmp_file(getpid(), p[0], getpid(), copy), 0);
}
