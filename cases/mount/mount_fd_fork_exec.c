/*
 * mount/mount_fd_fork_exec - a detached mount lives as long as any
 * descriptor refers to its open file description: a forked child's copy
 * (or a dup) keeps it reachable as a dirfd after the parent closed its
 * own, and a mount descriptor without FSMOUNT_CLOEXEC is inherited by the
 * exec'd image, still O_PATH and still naming the mount's root.
 */
#include "mount.h"
#include "../exec/exec.h"

FT_CASE("a detached mount's descriptor is shared across fork, dup and exec",
	"fsmount(2) DESCRIPTION (Linux 5.2); fork(2) DESCRIPTION; dup(2) DESCRIPTION; "
	"execve(2) \"Effect on process attributes\"");

FT_POINT(child_copy_outlives_parent_close)
{
	FT_FDS int sync[2] = FT_NO_FDS;
	mount_enter();
	int mfd = mount_tmpfs(0);
	FT_FD int w = FT_SYS(openat(mfd, "f", O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
	ft_pipe(sync, O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		struct stat st;
		close(sync[1]);
		FT_EQ(read(sync[0], &c, 1), 0); /* the parent closed mfd */
		FT_SYS(fstatat(mfd, "f", &st, 0));
		FT_TRUE(S_ISREG(st.st_mode));
		FT_SYS(mkdirat(mfd, "made_by_child", 0755));
		_exit(0);
	}
	FT_SYS(close(mfd));
	ft_close(&sync[1]);
	FT_CHILD_OK(pid);
}

FT_TABLE(dup_outlives_close, ft_dup_kinds)
{
	struct stat st;
	mount_enter();
	int mfd = mount_tmpfs(FSMOUNT_CLOEXEC);
	FT_FD int copy = FT_SYS(row->dup(mfd));
	FT_FD int w = FT_SYS(openat(mfd, "f", O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
	FT_SYS(close(mfd));
	FT_SYS(fstatat(copy, "f", &st, 0));
	FT_TRUE(S_ISREG(st.st_mode));
}

FT_POINT(exec_inherits_mount_root)
{
	struct ft_probe p;
	mount_enter();
	FT_FD int mfd = mount_tmpfs(0);
	ft_exec_probe(&p, NULL, NULL);
	const struct ft_probe_fd *f = EX_KEPT(&p, mfd);
	FT_FLAG_SET(f->flflags, O_PATH);
	struct stat st;
	FT_SYS(fstat(mfd, &st));
	FT_EQ(f->ino, st.st_ino);
}
