/*
 * unlink/removed_dir_refuses_entries - no new entry can be made in a
 * directory that has been removed while a descriptor (or the cwd) still
 * refers to it: openat(O_CREAT), mkdirat and symlinkat relative to the
 * descriptor, linkat into it, and a relative creat() after fchdir() into it
 * all fail with ENOENT.
 *
 * Cites: POSIX rmdir(3p) (no new entries may be created); linkat(2) ERRORS
 * "ENOENT" (newdirfd refers to a deleted directory); rmdir(2) DESCRIPTION.
 */
#include "unlink.h"

FT_CASE("nothing can be created in a removed directory held open (ENOENT)",
	"POSIX rmdir(3p); linkat(2) ERRORS ENOENT; rmdir(2) DESCRIPTION");

static int open_removed(void)
{
	FT_SYS(mkdir("d", 0700));
	int dfd = FT_SYS(open("d", O_RDONLY | O_DIRECTORY));
	FT_SYS(rmdir("d"));
	return dfd;
}

FT_POINT(openat_creat_enoent)
{
	FT_FD int dfd = open_removed();
	FT_ERRNO(openat(dfd, "x", O_RDWR | O_CREAT, 0600), ENOENT);
}

FT_POINT(mkdirat_symlinkat_enoent)
{
	FT_FD int dfd = open_removed();
	FT_ERRNO(mkdirat(dfd, "sub", 0700), ENOENT);
	FT_ERRNO(symlinkat("target", dfd, "link"), ENOENT);
}

FT_POINT(linkat_into_enoent)
{
	FT_FD int fd = unlink_mkfile("f", "x");
	FT_FD int dfd = open_removed();
	FT_ERRNO(linkat(AT_FDCWD, "f", dfd, "f2", 0), ENOENT);
}

FT_POINT(cwd_removed_creat_enoent)
{
	FT_FD int dfd = open_removed();
	FT_SYS(fchdir(dfd));
	FT_ERRNO(open("x", O_WRONLY | O_CREAT, 0600), ENOENT);
}
