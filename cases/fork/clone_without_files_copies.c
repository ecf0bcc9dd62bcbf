/*
 * fork/clone_without_files_copies - a child made by clone() without
 * CLONE_FILES gets a copy of the caller's descriptor table as it was at
 * the call: the same descriptors on the same files, but later opens,
 * closes and F_SETFD changes in the child do not reach the parent.
 *
 * Cites: clone(2) "The flags mask" (CLONE_FILES not set).
 */
#include "fork.h"

FT_CASE("clone without CLONE_FILES copies the descriptor table",
	"clone(2) \"The flags mask\" (CLONE_FILES)");

static int fd;
static char path[FT_PATH_MAX];

static int child_changes(void *arg)
{
	FT_TRUE(fk_same_file(fd, path)); /* inherited */
	FT_SYS(fcntl(fd, F_SETFD, FD_CLOEXEC));
	FT_EQ(close(fd), 0);
	FT_SYS(open("child", O_RDWR | O_CREAT, 0600)); /* left open */
	return 0;
}

FT_POINT(child_changes_stay_in_child)
{
	fd = ft_tmpfile("x", path);
	int low = ft_lowest_free();
	pid_t pid = fk_clone(child_changes, NULL, 0);
	FT_CHILD_OK(pid);
	FT_TRUE(fk_same_file(fd, path));
	FT_EQ(ft_getfd(fd), 0);
	FT_FALSE(ft_is_open(low));
	ft_close(&fd);
}
