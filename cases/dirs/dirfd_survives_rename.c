/*
 * dirs/dirfd_survives_rename - a directory descriptor is a stable reference
 * to the directory itself: after the directory is renamed, or moved under
 * another parent, openat() through the descriptor still finds its entries,
 * creates new ones inside it (visible under the new name), and lists it.
 *
 * Cites: open(2) NOTES "Rationale for openat() and other directory file
 * descriptor APIs" (a dirfd stays valid if the directory is renamed);
 * rename(2) DESCRIPTION.
 */
#include "dirs.h"

FT_CASE("a directory descriptor keeps working after the directory is renamed",
	"open(2) NOTES \"Rationale for openat() and other directory file descriptor APIs\"; rename(2) DESCRIPTION");

static int setup(void)
{
	FT_SYS(mkdir("d", 0700));
	dirs_mkfile("d/f", "kept");
	return dirs_open("d");
}

FT_POINT(open_after_rename)
{
	FT_FD int dfd = setup();
	FT_SYS(rename("d", "e"));
	FT_STREQ(dirs_read_at(dfd, "f"), "kept");
}

FT_POINT(create_lands_in_renamed)
{
	FT_FD int dfd = setup();
	FT_SYS(rename("d", "e"));
	close(FT_SYS(openat(dfd, "g", O_WRONLY | O_CREAT | O_EXCL, 0600)));
	struct stat st;
	FT_SYS(stat("e/g", &st));
	FT_ERRNO(stat("d", &st), ENOENT);
}

FT_POINT(moved_to_other_parent)
{
	FT_FD int dfd = setup();
	FT_SYS(mkdir("p", 0700));
	FT_SYS(rename("d", "p/q"));
	FT_STREQ(dirs_read_at(dfd, "f"), "kept");
	struct stat a, b;
	FT_SYS(fstat(dfd, &a));
	FT_SYS(stat("p/q", &b));
	FT_EQ(a.st_ino, b.st_ino);
}
