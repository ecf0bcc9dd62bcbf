/*
 * dirs/o_nofollow_symlink - O_NOFOLLOW refuses a symbolic link as the last
 * component of the path with ELOOP (even a dangling one, even with O_CREAT,
 * which then creates nothing), while links earlier in the path are still
 * followed; with O_PATH the link itself is opened instead.
 *
 * Cites: open(2) DESCRIPTION "O_NOFOLLOW", "O_PATH" and ERRORS "ELOOP";
 * POSIX open(3p).
 */
#include "dirs.h"

FT_CASE("O_NOFOLLOW on a symlink as the last component fails with ELOOP",
	"open(2) O_NOFOLLOW, O_PATH, ERRORS ELOOP; POSIX open(3p)");

FT_POINT(final_symlink_eloop)
{
	dirs_mkfile("f", "x");
	FT_SYS(symlink("f", "l"));
	FT_ERRNO(open("l", O_RDONLY | O_NOFOLLOW), ELOOP);
	close(FT_SYS(open("f", O_RDONLY | O_NOFOLLOW)));
}

FT_POINT(dangling_symlink_eloop)
{
	FT_SYS(symlink("missing", "l"));
	FT_ERRNO(open("l", O_WRONLY | O_CREAT | O_NOFOLLOW, 0600), ELOOP);
	struct stat st;
	FT_ERRNO(stat("missing", &st), ENOENT);
}

FT_POINT(earlier_symlink_followed)
{
	FT_SYS(mkdir("d", 0700));
	dirs_mkfile("d/f", "via link");
	FT_SYS(symlink("d", "ld"));
	FT_STREQ(dirs_slurp(FT_SYS(open("ld/f", O_RDONLY | O_NOFOLLOW))), "via link");
}

FT_POINT(o_path_opens_link)
{
	dirs_mkfile("f", "x");
	FT_SYS(symlink("f", "l"));
	FT_FD int fd = FT_SYS(open("l", O_PATH | O_NOFOLLOW));
	struct stat st;
	FT_SYS(fstat(fd, &st));
	FT_TRUE(S_ISLNK(st.st_mode));
}
