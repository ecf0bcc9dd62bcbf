/*
 * fork/clone_files_shares_table - a child made by clone() with
 * CLONE_FILES shares the caller's descriptor table: what the child opens
 * is valid in the parent (and stays open after the child exits), what the
 * parent closes is closed for the child, and F_SETFD in one is seen by
 * the other.
 *
 * Cites: clone(2) "The flags mask" (CLONE_FILES).
 */
#include "fork.h"

FT_CASE("clone(CLONE_FILES) shares one descriptor table between processes",
	"clone(2) \"The flags mask\" (CLONE_FILES)");

static int fd, go[2];

static int child_opens(void *arg)
{
	fd = FT_SYS(open("child", O_RDWR | O_CREAT, 0600));
	FT_EQ(write(go[1], &fd, sizeof fd), (long)sizeof fd);
	return 0;
}

FT_POINT(child_open_seen_by_parent)
{
	int got = -1;
	FT_SYS(pipe(go));
	pid_t pid = fk_clone(child_opens, NULL, CLONE_FILES);
	FT_EQ(read(go[0], &got, sizeof got), (long)sizeof got);
	FT_CHILD_OK(pid);
	FT_TRUE(fk_same_file(got, "child"));
	FT_EQ(close(got), 0);
	ft_close(&go[0]);
	ft_close(&go[1]);
}

static int child_checks_closed(void *arg)
{
	char c;
	FT_EQ(read(go[0], &c, 1), 1); /* the parent has closed fd */
	FT_ERRNO(fcntl(fd, F_GETFD), EBADF);
	return 0;
}

FT_POINT(parent_close_seen_by_child)
{
	fd = ft_tmpfile(NULL, NULL);
	FT_SYS(pipe(go));
	pid_t pid = fk_clone(child_checks_closed, NULL, CLONE_FILES);
	FT_EQ(close(fd), 0);
	FT_EQ(write(go[1], "x", 1), 1);
	FT_CHILD_OK(pid);
	ft_close(&go[0]);
	ft_close(&go[1]);
}

static int child_sets_cloexec(void *arg)
{
	FT_SYS(fcntl(fd, F_SETFD, FD_CLOEXEC));
	return 0;
}

FT_POINT(fd_flags_shared)
{
	fd = ft_tmpfile(NULL, NULL);
	pid_t pid = fk_clone(child_sets_cloexec, NULL, CLONE_FILES);
	FT_CHILD_OK(pid);
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
	ft_close(&fd);
}
