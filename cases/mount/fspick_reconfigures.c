/*
 * mount/fspick_reconfigures - a context descriptor in reconfiguration mode
 * changes the filesystem instance it was picked from: setting "ro" and
 * issuing FSCONFIG_CMD_RECONFIGURE through it makes the mounted tmpfs
 * refuse new files with EROFS.  Such a descriptor comes from fspick by
 * path, from fspick(FSPICK_EMPTY_PATH) on a mount descriptor, and from an
 * fsopen descriptor once fsmount has used it.
 */
#include "mount.h"

FT_CASE("an fspick (or used fsopen) descriptor reconfigures the mounted filesystem",
	"fspick(2) DESCRIPTION; fsmount(2) DESCRIPTION; fsconfig(2) DESCRIPTION "
	"(FSCONFIG_CMD_RECONFIGURE, Linux 5.2)");

/* Each returns a context on the filesystem mounted at "m". */
static int by_path(void)
{
	mount_tmpfs_on("m");
	return FT_SYS(mnt_fspick(AT_FDCWD, "m", FSPICK_CLOEXEC));
}
static int by_mount_fd(void)
{
	mount_tmpfs_on("m");
	FT_FD int t = FT_SYS(mnt_open_tree(AT_FDCWD, "m", OPEN_TREE_CLOEXEC));
	return FT_SYS(mnt_fspick(t, "", FSPICK_EMPTY_PATH | FSPICK_CLOEXEC));
}
static int by_used_fsopen(void)
{
	int ctx = mount_prep_ctx();
	FT_FD int mfd = FT_SYS(mnt_fsmount(ctx, FSMOUNT_CLOEXEC, 0));
	FT_SYS(mkdir("m", 0755));
	FT_SYS(mnt_move_mount(mfd, "", AT_FDCWD, "m", MOVE_MOUNT_F_EMPTY_PATH));
	return ctx;
}
static const struct { const char *name; int (*open)(void); } kinds[] = {
	{ "fspick_path", by_path },
	{ "fspick_empty_path", by_mount_fd },
	{ "fsopen_after_fsmount", by_used_fsopen },
};

FT_TABLE(ro_reconfigure, kinds)
{
	mount_enter();
	FT_FD int ctx = row->open();
	FT_FD int before = FT_SYS(open("m/before", O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
	ft_close(&before); /* a file open for writing keeps it read-write */
	FT_SYS(mnt_fsconfig(ctx, MNT_SET_FLAG, "ro", NULL, 0));
	FT_SYS(mnt_fsconfig(ctx, MNT_CMD_RECONFIGURE, NULL, NULL, 0));
	FT_ERRNO(open("m/after", O_CREAT | O_WRONLY | O_CLOEXEC, 0600), EROFS);
}

FT_TABLE(no_change_without_reconfigure, kinds)
{
	mount_enter();
	FT_FD int ctx = row->open();
	FT_SYS(mnt_fsconfig(ctx, MNT_SET_FLAG, "ro", NULL, 0));
	FT_FD int after = FT_SYS(open("m/after", O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
}
