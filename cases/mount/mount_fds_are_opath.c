/*
 * mount/mount_fds_are_opath - a mount descriptor (from fsmount, or from
 * open_tree with or without OPEN_TREE_CLONE) behaves as one opened with
 * O_PATH: F_GETFL shows O_PATH, read and write fail with EBADF, and it
 * serves as the dirfd of openat, through which files are made and read
 * in the mounted tree.  A detached mount is unmounted lazily when its
 * descriptor closes: a file opened through it stays usable.
 */
#include "mount.h"

FT_CASE("fsmount and open_tree descriptors are O_PATH-like dirfds into the mount",
	"fsmount(2) DESCRIPTION; open_tree(2) DESCRIPTION (Linux 5.2); "
	"open(2) O_PATH");

static int by_fsmount(void) { return mount_tmpfs(FSMOUNT_CLOEXEC); }
static int by_open_tree(void)
{
	mount_tmpfs_on("m");
	return FT_SYS(mnt_open_tree(AT_FDCWD, "m", OPEN_TREE_CLOEXEC));
}
static int by_clone(void)
{
	mount_tmpfs_on("m");
	return FT_SYS(mnt_open_tree(AT_FDCWD, "m",
				    OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC));
}
static const struct { const char *name; int (*open)(void); } kinds[] = {
	{ "fsmount", by_fsmount },
	{ "open_tree", by_open_tree },
	{ "open_tree_clone", by_clone },
};

FT_TABLE(status_flags_o_path, kinds)
{
	mount_enter();
	FT_FD int mfd = row->open();
	FT_FLAG_SET(ft_getfl(mfd), O_PATH);
}

FT_TABLE(read_write_ebadf, kinds)
{
	char c;
	mount_enter();
	FT_FD int mfd = row->open();
	FT_ERRNO(read(mfd, &c, 1), EBADF);
	FT_ERRNO(write(mfd, "x", 1), EBADF);
}

FT_TABLE(dirfd_for_openat, kinds)
{
	char buf[8] = "";
	struct stat st;
	mount_enter();
	FT_FD int mfd = row->open();
	FT_SYS(fstat(mfd, &st));
	FT_TRUE(S_ISDIR(st.st_mode));
	FT_FD int w = FT_SYS(openat(mfd, "f", O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600));
	ft_write_all(w, "mnt", 3);
	FT_FD int r = FT_SYS(openat(mfd, "f", O_RDONLY | O_CLOEXEC));
	FT_EQ(ft_read_all(r, buf, sizeof buf - 1), 3);
	FT_STREQ(buf, "mnt");
}

FT_POINT(file_outlives_detached_mount)
{
	char buf[8] = "";
	mount_enter();
	FT_FD int mfd = mount_tmpfs(FSMOUNT_CLOEXEC);
	FT_FD int f = FT_SYS(openat(mfd, "f", O_CREAT | O_RDWR | O_CLOEXEC, 0600));
	ft_close(&mfd);
	ft_write_all(f, "kept", 4);
	FT_EQ(lseek(f, 0, SEEK_SET), 0);
	FT_EQ(ft_read_all(f, buf, sizeof buf - 1), 4);
	FT_STREQ(buf, "kept");
}
