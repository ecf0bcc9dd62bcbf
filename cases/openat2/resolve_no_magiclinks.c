/*
 * openat2/resolve_no_magiclinks - with RESOLVE_NO_MAGICLINKS, openat2(2)
 * (Linux 5.6) refuses to follow the "magic" links of proc(5) such as
 * /proc/self/fd/N with ELOOP, while ordinary symbolic links are still
 * followed; without the flag the same /proc path reopens the file; with
 * O_PATH | O_NOFOLLOW the magic link itself is opened.  RESOLVE_NO_SYMLINKS
 * implies it.
 */
#include "openat2.h"

FT_CASE("RESOLVE_NO_MAGICLINKS: /proc/self/fd/N is ELOOP, ordinary symlinks still work",
	"openat2(2) RESOLVE_NO_MAGICLINKS, RESOLVE_NO_SYMLINKS, ERRORS (ELOOP), VERSIONS (Linux 5.6); "
	"symlink(7) \"Magic links\"; proc(5) /proc/pid/fd");

FT_NEEDS(FT_NEEDS_PROC);

/* The magic link of fd as a name in an open /proc/self/fd directory, so
   that no other link (/proc/self) is on the path: returns the directory,
   name gets fd's number. */
static int fd_dir(int fd, char name[16])
{
	snprintf(name, 16, "%d", fd);
	return FT_SYS(open("/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
}

FT_POINT(magic_link_eloop)
{
	oa_need();
	FT_FD int fd = ft_tmpfile("x", NULL);
	char name[16];
	FT_FD int dir = fd_dir(fd, name);
	int before = ft_lowest_free();
	FT_ERRNO(oa_open(dir, name, O_RDONLY | O_CLOEXEC, 0, RESOLVE_NO_MAGICLINKS), ELOOP);
	FT_ERRNO(oa_open(dir, name, O_RDONLY | O_CLOEXEC, 0, RESOLVE_NO_SYMLINKS), ELOOP);
	FT_EQ(ft_lowest_free(), before);
	FT_FD int plain = FT_SYS(oa_open(dir, name, O_RDONLY | O_CLOEXEC, 0, 0));
	struct stat a, b;
	FT_SYS(fstat(fd, &a));
	FT_SYS(fstat(plain, &b));
	FT_TRUE(a.st_ino == b.st_ino && a.st_dev == b.st_dev);
}

FT_POINT(ordinary_symlink_followed)
{
	oa_need();
	FT_FD int root = oa_tree();
	FT_FD int fd = FT_SYS(oa_open(root, "rel_link", O_RDONLY | O_CLOEXEC, 0, RESOLVE_NO_MAGICLINKS));
	FT_TRUE(oa_is(fd, "root/file"));
}

FT_POINT(o_path_nofollow_opens_magic_link)
{
	oa_need();
	FT_FD int fd = ft_tmpfile("x", NULL);
	char name[16];
	FT_FD int dir = fd_dir(fd, name);
	FT_FD int link = FT_SYS(oa_open(dir, name, O_PATH | O_NOFOLLOW | O_CLOEXEC, 0,
					RESOLVE_NO_MAGICLINKS));
	struct stat st;
	FT_SYS(fstat(link, &st));
	FT_TRUE(S_ISLNK(st.st_mode));
}
