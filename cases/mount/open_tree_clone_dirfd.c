/*
 * mount/open_tree_clone_dirfd - open_tree(OPEN_TREE_CLONE) returns a
 * detached bind mount of the path: used as the dirfd of openat and
 * mkdirat it reaches the same files as the source (a file made through
 * the path is read through the clone, and one made through the clone is
 * seen at the path), AT_RECURSIVE clones whole trees.  Without
 * OPEN_TREE_CLONE, open_tree needs no privilege and returns the O_PATH
 * descriptor openat(O_PATH) would.
 */
#include "mount.h"

FT_CASE("open_tree(OPEN_TREE_CLONE) gives a detached mount usable as a dirfd",
	"open_tree(2) DESCRIPTION (Linux 5.2); openat(2) DESCRIPTION");

FT_POINT(reads_file_made_at_source)
{
	char buf[8] = "";
	mount_enter();
	mount_tmpfs_on("m");
	FT_FD int w = FT_SYS(open("m/f", O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
	ft_write_all(w, "src", 3);
	FT_FD int clone = FT_SYS(mnt_open_tree(AT_FDCWD, "m", OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC));
	FT_FD int r = FT_SYS(openat(clone, "f", O_RDONLY | O_CLOEXEC));
	FT_EQ(ft_read_all(r, buf, sizeof buf - 1), 3);
	FT_STREQ(buf, "src");
}

FT_POINT(made_through_clone_seen_at_source)
{
	struct stat st;
	mount_enter();
	mount_tmpfs_on("m");
	FT_FD int clone = FT_SYS(mnt_open_tree(AT_FDCWD, "m", OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC));
	FT_SYS(mkdirat(clone, "d", 0755));
	FT_FD int f = FT_SYS(openat(clone, "d/g", O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
	FT_SYS(stat("m/d/g", &st));
	FT_TRUE(S_ISREG(st.st_mode));
}

FT_POINT(recursive_clone_reaches_submount)
{
	struct stat st;
	mount_enter();
	mount_tmpfs_on("m");
	mount_tmpfs_on("m/sub");
	FT_FD int w = FT_SYS(open("m/sub/f", O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
	FT_FD int clone = FT_SYS(mnt_open_tree(AT_FDCWD, "m",
		OPEN_TREE_CLONE | AT_RECURSIVE | OPEN_TREE_CLOEXEC));
	FT_SYS(fstatat(clone, "sub/f", &st, 0));
	FT_TRUE(S_ISREG(st.st_mode));
}

FT_POINT(plain_open_tree_is_openat_o_path)
{
	struct stat a, b;
	FT_SYS(mkdir("d", 0755));
	FT_FD int w = FT_SYS(open("d/f", O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
	FT_FD int t = FT_NEED_CALL(mnt_open_tree(AT_FDCWD, "d", OPEN_TREE_CLOEXEC),
				   "open_tree", "Linux 5.2");
	FT_FLAG_SET(ft_getfl(t), O_PATH);
	FT_SYS(fstat(t, &a));
	FT_SYS(stat("d", &b));
	FT_EQ(a.st_ino, b.st_ino);
	FT_EQ(a.st_dev, b.st_dev);
	FT_SYS(fstatat(t, "f", &a, 0));
	FT_TRUE(S_ISREG(a.st_mode));
}
