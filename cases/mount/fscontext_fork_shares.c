/*
 * mount/fscontext_fork_shares - a filesystem context is held by the open
 * file description, not by the descriptor: a forked child's copy of an
 * fsopen descriptor configures the very context the parent then mounts
 * (the child's FSCONFIG_CMD_CREATE moves it to awaiting-mount, where the
 * parent's fsmount succeeds; the child's fsmount leaves it mounted, where
 * the parent's fails with EBUSY), and a context closed through one copy
 * stays usable through the other.
 */
#include "mount.h"

FT_CASE("a forked child's copy of an fsopen descriptor drives the same filesystem context",
	"fsopen(2) DESCRIPTION; fsmount(2) ERRORS (Linux 5.2); fork(2) DESCRIPTION; "
	"open(2) NOTES \"Open file descriptions\"");

FT_POINT(child_create_lets_parent_mount)
{
	mount_enter();
	FT_FD int ctx = FT_SYS(mnt_fsopen("tmpfs", FSOPEN_CLOEXEC));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(mnt_fsconfig(ctx, MNT_CMD_CREATE, NULL, NULL, 0));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_FD int mfd = FT_SYS(mnt_fsmount(ctx, FSMOUNT_CLOEXEC, 0));
	FT_FLAG_SET(ft_getfl(mfd), O_PATH);
}

FT_POINT(child_mount_moves_parent_context)
{
	mount_enter();
	FT_FD int ctx = FT_SYS(mnt_fsopen("tmpfs", FSOPEN_CLOEXEC));
	FT_SYS(mnt_fsconfig(ctx, MNT_CMD_CREATE, NULL, NULL, 0));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(mnt_fsmount(ctx, FSMOUNT_CLOEXEC, 0));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_ERRNO(mnt_fsmount(ctx, FSMOUNT_CLOEXEC, 0), EBUSY);
}

FT_POINT(context_lives_in_other_copy)
{
	mount_enter();
	int ctx = FT_SYS(mnt_fsopen("tmpfs", FSOPEN_CLOEXEC));
	FT_FD int copy = FT_SYS(fcntl(ctx, F_DUPFD_CLOEXEC, 0));
	FT_SYS(close(ctx));
	FT_SYS(mnt_fsconfig(copy, MNT_CMD_CREATE, NULL, NULL, 0));
	FT_FD int mfd = FT_SYS(mnt_fsmount(copy, FSMOUNT_CLOEXEC, 0));
}
