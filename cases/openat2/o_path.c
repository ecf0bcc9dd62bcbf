/*
 * openat2/o_path - openat2(2) (Linux 5.6) makes O_PATH descriptors as
 * openat does - F_GETFL reports O_PATH and reading through one is EBADF -
 * and an O_PATH descriptor of a directory serves as its dirfd, restricted
 * resolution included; but where openat silently drops flags O_PATH does
 * not allow, openat2 refuses them with EINVAL (O_RDWR, O_CREAT, O_TRUNC
 * beside O_PATH), making no descriptor.
 */
#include "openat2.h"

FT_CASE("openat2 and O_PATH: path-only descriptors, usable as dirfd; conflicting flags are EINVAL",
	"openat2(2) DESCRIPTION (how.flags: unknown or conflicting flags are an error), ERRORS (EINVAL); "
	"open(2) O_PATH");

FT_POINT(path_only_descriptor)
{
	oa_need();
	FT_FD int root = oa_tree();
	FT_FD int fd = FT_SYS(oa_open(root, "file", O_PATH | O_CLOEXEC, 0, RESOLVE_BENEATH));
	FT_FLAG_SET(ft_getfl(fd), O_PATH);
	char c;
	FT_ERRNO(read(fd, &c, 1), EBADF);
	FT_TRUE(oa_is(fd, "root/file"));
}

FT_POINT(o_path_dirfd_resolves_beneath)
{
	oa_need();
	FT_FD int tree = oa_tree();
	FT_FD int dir = FT_SYS(oa_open(AT_FDCWD, "root", O_PATH | O_DIRECTORY | O_CLOEXEC, 0, 0));
	FT_FD int fd = FT_SYS(oa_open(dir, "sub/inner", O_RDONLY | O_CLOEXEC, 0, RESOLVE_BENEATH));
	char buf[8] = "";
	FT_EQ(read(fd, buf, sizeof buf), 5);
	FT_MEMEQ(buf, "inner", 5);
	FT_ERRNO(oa_open(dir, "../outside", O_RDONLY | O_CLOEXEC, 0, RESOLVE_BENEATH), EXDEV);
}

static const struct { const char *name; int flags; } conflicting[] = {
	{ "rdwr", O_RDWR },
	{ "creat", O_CREAT },
	{ "trunc", O_TRUNC },
	{ "append", O_APPEND },
};

FT_TABLE(conflicting_einval, conflicting)
{
	oa_need();
	FT_FD int root = oa_tree();
	int before = ft_lowest_free();
	FT_ERRNO(oa_open(root, "file", O_PATH | O_CLOEXEC | row->flags, 0, 0), EINVAL);
	FT_EQ(ft_lowest_free(), before);
	/* openat takes the same flags and keeps only O_PATH's */
	FT_FD int fd = FT_SYS(openat(root, "file", O_PATH | O_CLOEXEC | row->flags, 0600));
	FT_FLAG_SET(ft_getfl(fd), O_PATH);
}
