/*
 * mount/move_mount_attaches - move_mount(MOVE_MOUNT_F_EMPTY_PATH) attaches
 * the detached mount a descriptor from fsmount or open_tree(OPEN_TREE_CLONE)
 * refers to: what was made through the descriptor appears at the mount
 * point, the descriptor stays usable as a dirfd into the attached mount,
 * and closing it no longer unmounts anything.
 */
#include "mount.h"

FT_CASE("move_mount attaches a mount descriptor's mount, which outlives the descriptor",
	"move_mount(2) DESCRIPTION; fsmount(2) DESCRIPTION; open_tree(2) DESCRIPTION (Linux 5.2)");

static int by_fsmount(void) { return mount_tmpfs(FSMOUNT_CLOEXEC); }
static int by_clone(void)
{
	mount_tmpfs_on("src");
	return FT_SYS(mnt_open_tree(AT_FDCWD, "src", OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC));
}
static const struct { const char *name; int (*open)(void); } kinds[] = {
	{ "fsmount", by_fsmount },
	{ "open_tree_clone", by_clone },
};

FT_TABLE(made_before_seen_after, kinds)
{
	struct stat st;
	mount_enter();
	FT_FD int mfd = row->open();
	FT_FD int f = FT_SYS(openat(mfd, "before", O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
	FT_SYS(mkdir("t", 0755));
	FT_SYS(mnt_move_mount(mfd, "", AT_FDCWD, "t", MOVE_MOUNT_F_EMPTY_PATH));
	FT_SYS(stat("t/before", &st));
	FT_TRUE(S_ISREG(st.st_mode));
}

FT_TABLE(fd_still_dirfd_after_attach, kinds)
{
	struct stat st;
	mount_enter();
	FT_FD int mfd = row->open();
	FT_SYS(mkdir("t", 0755));
	FT_SYS(mnt_move_mount(mfd, "", AT_FDCWD, "t", MOVE_MOUNT_F_EMPTY_PATH));
	FT_FD int f = FT_SYS(openat(mfd, "after", O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
	FT_SYS(stat("t/after", &st));
	FT_TRUE(S_ISREG(st.st_mode));
}

FT_TABLE(mount_outlives_fd, kinds)
{
	struct stat st;
	mount_enter();
	int mfd = row->open();
	FT_FD int f = FT_SYS(openat(mfd, "kept", O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
	FT_SYS(mkdir("t", 0755));
	FT_SYS(mnt_move_mount(mfd, "", AT_FDCWD, "t", MOVE_MOUNT_F_EMPTY_PATH));
	FT_SYS(close(mfd));
	FT_SYS(stat("t/kept", &st));
	FT_TRUE(S_ISREG(st.st_mode));
}
