/*
 * openat2/resolve_no_symlinks - with RESOLVE_NO_SYMLINKS, openat2(2)
 * (Linux 5.6) follows no symbolic link in any component: a link as the
 * last component or as a directory on the way fails with ELOOP (where
 * O_NOFOLLOW only refuses the last one), a path without links opens; and
 * with O_PATH | O_NOFOLLOW a link as the last component is opened itself,
 * as an O_PATH descriptor of the link.
 */
#include "openat2.h"

FT_CASE("RESOLVE_NO_SYMLINKS: any symbolic link on the path is ELOOP; O_PATH|O_NOFOLLOW opens the link",
	"openat2(2) RESOLVE_NO_SYMLINKS, ERRORS (ELOOP), VERSIONS (Linux 5.6); open(2) O_NOFOLLOW");

static const struct { const char *name; const char *path; } linked[] = {
	{ "last", "rel_link" },
	{ "directory_on_the_way", "sub_link/inner" },
	{ "absolute_last", "abs_link" },
};

FT_TABLE(link_eloop, linked)
{
	oa_need();
	FT_FD int root = oa_tree();
	int before = ft_lowest_free();
	FT_ERRNO(oa_open(root, row->path, O_RDONLY | O_CLOEXEC, 0, RESOLVE_NO_SYMLINKS), ELOOP);
	FT_EQ(ft_lowest_free(), before);
}

FT_POINT(no_link_opens)
{
	oa_need();
	FT_FD int root = oa_tree();
	FT_FD int fd = FT_SYS(oa_open(root, "sub/inner", O_RDONLY | O_CLOEXEC, 0, RESOLVE_NO_SYMLINKS));
	FT_TRUE(oa_is(fd, "root/sub/inner"));
}

FT_POINT(nofollow_only_refuses_last)
{
	oa_need();
	FT_FD int root = oa_tree();
	FT_FD int fd = FT_SYS(oa_open(root, "sub_link/inner", O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0, 0));
	FT_TRUE(oa_is(fd, "root/sub/inner"));
	FT_ERRNO(oa_open(root, "rel_link", O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0, 0), ELOOP);
}

FT_POINT(o_path_nofollow_opens_link)
{
	oa_need();
	FT_FD int root = oa_tree();
	FT_FD int fd = FT_SYS(oa_open(root, "rel_link", O_PATH | O_NOFOLLOW | O_CLOEXEC, 0,
				      RESOLVE_NO_SYMLINKS));
	struct stat st;
	FT_SYS(fstat(fd, &st));
	FT_TRUE(S_ISLNK(st.st_mode));
	FT_TRUE(oa_is(fd, "root/rel_link"));
	FT_FLAG_SET(ft_getfl(fd), O_PATH);
}
