/*
 * identity/kcmp_file_fork - a descriptor a child inherits across fork(2)
 * refers to the same open file description as the parent's: kcmp(2)
 * KCMP_FILE between the parent's descriptor and the child's descriptor of
 * the same number answers 0, for every descriptor type; a file the child
 * opens again by name is a new description (non-zero), though it is the
 * same file.
 */
#include "identity.h"

FT_CASE("kcmp(KCMP_FILE) reports a descriptor inherited across fork as the parent's open file description",
	"kcmp(2) DESCRIPTION (KCMP_FILE); fork(2) DESCRIPTION; open(2) NOTES \"Open file descriptions\"");

FT_TABLE(inherited_same, ft_fd_kinds)
{
	id_need_kcmp();
	FT_FD int fd = row->open();
	int wr;
	pid_t child = sp_parked_child(&wr);
	FT_EQ(id_kcmp_file(getpid(), fd, child, fd), 0);
	FT_EQ(id_kcmp_file(child, fd, getpid(), fd), 0);
	close(wr);
	FT_CHILD_OK(child);
}

static int open_again(void *path)
{
	return open(path, O_RDONLY);
}

FT_POINT(reopened_in_child_differs)
{
	id_need_kcmp();
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("data", path);
	int again, wr;
	pid_t child = pf_reporting_child(open_again, path, &again, &wr);
	FT_GE(again, 0);
	FT_NE(id_kcmp_file(getpid(), fd, child, again), 0);
	FT_EQ(id_kcmp_file(getpid(), fd, child, fd), 0);
	pf_release(child, &wr);
}
