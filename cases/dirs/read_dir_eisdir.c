/*
 * dirs/read_dir_eisdir - a directory descriptor cannot be used with read()
 * or pread(): both fail with EISDIR (directories are read with getdents64
 * / readdir).  Opening a directory for writing, O_WRONLY or O_RDWR, fails
 * with EISDIR too.
 *
 * Cites: read(2) ERRORS "EISDIR"; open(2) ERRORS "EISDIR"; POSIX
 * open(3p), read(3p).
 */
#include "dirs.h"

FT_CASE("read on a directory descriptor fails with EISDIR",
	"read(2) ERRORS EISDIR; open(2) ERRORS EISDIR; POSIX open(3p), read(3p)");

FT_POINT(read_eisdir)
{
	FT_SYS(mkdir("d", 0700));
	dirs_mkfile("d/f", "x");
	FT_FD int dfd = dirs_open("d");
	char buf[64];
	FT_ERRNO(read(dfd, buf, sizeof buf), EISDIR);
	FT_ERRNO(pread(dfd, buf, sizeof buf, 0), EISDIR);
}

FT_POINT(open_for_write_eisdir)
{
	FT_SYS(mkdir("d", 0700));
	FT_ERRNO(open("d", O_WRONLY), EISDIR);
	FT_ERRNO(open("d", O_RDWR), EISDIR);
}
