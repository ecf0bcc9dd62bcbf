/*
 * dirs/dotdot_from_dirfd - ".." looked up relative to a dirfd is the parent
 * of that directory as it is now, not the cwd's parent and not where the
 * directory was when it was opened: after the directory is moved under
 * another parent, openat(dfd, "..") reaches the new parent.
 *
 * Cites: open(2) DESCRIPTION "openat()"; path_resolution(7) ". and .."
 * (".." of a directory is its parent directory).
 */
#include "dirs.h"

FT_CASE("\"..\" relative to a dirfd is the directory's current parent",
	"open(2) \"openat()\"; path_resolution(7) \". and ..\"");

FT_POINT(parent_of_dirfd)
{
	FT_SYS(mkdir("p", 0700));
	FT_SYS(mkdir("p/d", 0700));
	dirs_mkfile("p/marker", "p's file");
	FT_FD int dfd = dirs_open("p/d");
	FT_STREQ(dirs_read_at(dfd, "../marker"), "p's file");
}

FT_POINT(parent_after_move)
{
	FT_SYS(mkdir("p", 0700));
	FT_SYS(mkdir("q", 0700));
	FT_SYS(mkdir("p/d", 0700));
	dirs_mkfile("q/marker", "q's file");
	FT_FD int dfd = dirs_open("p/d");
	FT_SYS(rename("p/d", "q/d"));
	FT_FD int up = FT_SYS(openat(dfd, "..", O_RDONLY | O_DIRECTORY));
	struct stat a, b;
	FT_SYS(fstat(up, &a));
	FT_SYS(stat("q", &b));
	FT_EQ(a.st_ino, b.st_ino);
	FT_STREQ(dirs_read_at(up, "marker"), "q's file");
}
