/*
 * openat2/resolve_in_root - with RESOLVE_IN_ROOT, openat2(2) (Linux 5.6)
 * resolves the path as if dirfd were the root directory: an absolute path
 * and an absolute symbolic link start at dirfd, and ".." at dirfd stays
 * there, as "/.." stays at "/".  So "/file", "../../file" and a link to
 * "/file" all open dirfd's "file", and a link to "../outside" looks for
 * "outside" inside dirfd (ENOENT) instead of beside it.
 */
#include "openat2.h"

FT_CASE("RESOLVE_IN_ROOT: absolute paths, absolute links and .. are confined to dirfd",
	"openat2(2) RESOLVE_IN_ROOT, VERSIONS (Linux 5.6); path_resolution(7)");

static const struct { const char *name; const char *path; const char *is; } confined[] = {
	{ "absolute", "/file", "root/file" },
	{ "absolute_nested", "/sub/inner", "root/sub/inner" },
	{ "dotdot_at_root", "../../file", "root/file" },
	{ "dotdot_then_dir", "sub/../../sub/inner", "root/sub/inner" },
	{ "absolute_symlink", "abs_link", "root/file" },
	{ "relative_symlink", "rel_link", "root/file" },
};

FT_TABLE(opens_inside, confined)
{
	oa_need();
	FT_FD int root = oa_tree();
	FT_FD int fd = FT_SYS(oa_open(root, row->path, O_RDONLY | O_CLOEXEC, 0, RESOLVE_IN_ROOT));
	FT_TRUE(oa_is(fd, row->is));
}

FT_POINT(link_out_stays_in)
{
	oa_need();
	FT_FD int root = oa_tree();
	FT_ERRNO(oa_open(root, "up_link", O_RDONLY | O_CLOEXEC, 0, RESOLVE_IN_ROOT), ENOENT);
	FT_ERRNO(oa_open(root, "../outside", O_RDONLY | O_CLOEXEC, 0, RESOLVE_IN_ROOT), ENOENT);
	/* a file of that name inside root is what they find */
	FT_FD int made = FT_SYS(openat(root, "outside", O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
	FT_FD int fd = FT_SYS(oa_open(root, "up_link", O_RDONLY | O_CLOEXEC, 0, RESOLVE_IN_ROOT));
	FT_TRUE(oa_is(fd, "root/outside"));
}

FT_POINT(creates_inside)
{
	oa_need();
	FT_FD int root = oa_tree();
	FT_FD int fd = FT_SYS(oa_open(root, "/new", O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
				      0600, RESOLVE_IN_ROOT));
	FT_TRUE(oa_is(fd, "root/new"));
}
