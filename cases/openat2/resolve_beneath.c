/*
 * openat2/resolve_beneath - with RESOLVE_BENEATH, openat2(2) (Linux 5.6)
 * resolves a path only while every step stays below the directory given
 * as dirfd: names inside it, ".." that comes back inside, and symbolic
 * links pointing inside all work; a ".." climbing out of it, an absolute
 * path (even one naming a file inside) and a symbolic link leading out of
 * it or absolute fail with EXDEV, and no descriptor is made.  Plain
 * openat resolves the same escaping paths.
 */
#include "openat2.h"

FT_CASE("RESOLVE_BENEATH: paths that stay below dirfd open, escapes are EXDEV",
	"openat2(2) RESOLVE_BENEATH, ERRORS (EXDEV), VERSIONS (Linux 5.6)");

static const struct { const char *name; const char *path; const char *is; } inside[] = {
	{ "name", "file", "root/file" },
	{ "nested", "sub/inner", "root/sub/inner" },
	{ "dotdot_back_inside", "sub/../file", "root/file" },
	{ "relative_symlink", "rel_link", "root/file" },
	{ "symlink_to_dir", "sub_link/inner", "root/sub/inner" },
};

static const struct { const char *name; const char *path; } escapes[] = {
	{ "dotdot", "../outside" },
	{ "dotdot_nested", "sub/../../outside" },
	{ "symlink_out", "up_link" },
	{ "absolute_symlink", "abs_link" },
};

FT_TABLE(inside_opens, inside)
{
	oa_need();
	FT_FD int root = oa_tree();
	FT_FD int fd = FT_SYS(oa_open(root, row->path, O_RDONLY | O_CLOEXEC, 0, RESOLVE_BENEATH));
	FT_TRUE(oa_is(fd, row->is));
}

FT_TABLE(escape_exdev, escapes)
{
	oa_need();
	FT_FD int root = oa_tree();
	int before = ft_lowest_free();
	FT_ERRNO(oa_open(root, row->path, O_RDONLY | O_CLOEXEC, 0, RESOLVE_BENEATH), EXDEV);
	FT_EQ(ft_lowest_free(), before);
	if (strcmp(row->name, "absolute_symlink") != 0) { /* openat follows them */
		FT_FD int plain = FT_SYS(openat(root, row->path, O_RDONLY | O_CLOEXEC));
		FT_TRUE(oa_is(plain, "outside"));
	}
}

FT_POINT(absolute_path_exdev)
{
	oa_need();
	FT_FD int root = oa_tree();
	char path[FT_PATH_MAX];
	FT_TRUE(getcwd(path, sizeof path - 16) != NULL);
	strcat(path, "/root/file"); /* inside root, but absolute */
	FT_ERRNO(oa_open(root, path, O_RDONLY | O_CLOEXEC, 0, RESOLVE_BENEATH), EXDEV);
	FT_FD int plain = FT_SYS(oa_open(root, path, O_RDONLY | O_CLOEXEC, 0, 0));
	FT_TRUE(oa_is(plain, "root/file"));
}
