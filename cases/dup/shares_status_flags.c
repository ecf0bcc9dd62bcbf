/*
 * dup/shares_status_flags - the file status flags (O_APPEND, O_NONBLOCK)
 * belong to the open file description, so a descriptor made by dup()
 * reports and obeys flags set by open() or by F_SETFL through the other:
 * for a copy made by any call of the dup family, and for a dup() of every
 * type of descriptor.
 *
 * Cites: dup(2) DESCRIPTION; fcntl(2) "File status flags"; open(2) NOTES
 * "Open file descriptions"; POSIX dup(3p).
 */
#include "fdtest.h"

FT_CASE("dup'd descriptors share the file status flags",
	"dup(2) DESCRIPTION; fcntl(2) \"File status flags\"; open(2) NOTES \"Open file descriptions\"; POSIX dup(3p)");

FT_POINT(append_from_open_seen)
{
	FT_FD int fd = FT_SYS(open("f", O_WRONLY | O_CREAT | O_APPEND, 0600));
	FT_FD int d = FT_SYS(dup(fd));
	FT_FLAG_SET(ft_getfl(d), O_APPEND);
	FT_EQ(write(fd, "ab", 2), 2);
	FT_EQ(lseek(d, 0, SEEK_SET), 0);
	FT_EQ(write(d, "c", 1), 1); /* appends despite the seek */
	FT_EQ(ft_offset(fd), 3);
}

FT_POINT(setfl_append_seen)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_FD int d = FT_SYS(dup(fd));
	FT_SYS(fcntl(d, F_SETFL, ft_getfl(d) | O_APPEND));
	FT_FLAG_SET(ft_getfl(fd), O_APPEND);
	FT_SYS(fcntl(d, F_SETFL, ft_getfl(d) & ~O_APPEND));
	FT_FLAG_CLEAR(ft_getfl(fd), O_APPEND);
}

FT_POINT(setfl_nonblock_seen)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	FT_FD int d = FT_SYS(dup(p[0]));
	FT_SYS(fcntl(p[0], F_SETFL, ft_getfl(p[0]) | O_NONBLOCK));
	FT_FLAG_SET(ft_getfl(d), O_NONBLOCK);
	char c;
	FT_ERRNO(read(d, &c, 1), EAGAIN); /* empty pipe, no wait */
}

FT_TABLE(setfl_seen_via, ft_dup_kinds)
{
	FT_FD int orig = ft_tmpfile("abc", NULL);
	FT_FD int copy = FT_SYS(row->dup(orig));
	FT_SYS(fcntl(copy, F_SETFL, ft_getfl(copy) | O_APPEND));
	FT_FLAG_SET(ft_getfl(orig), O_APPEND);
	FT_EQ(write(orig, "d", 1), 1); /* appends, at 3 */
	FT_EQ(ft_offset(copy), 4);
}

/* O_NONBLOCK set through the copy, seen through the original, for every
   type of descriptor */
FT_TABLE(nonblock_seen_on, ft_fd_kinds)
{
	FT_FD int orig = row->open();
	FT_FD int copy = FT_SYS(dup(orig));
	FT_FLAG_CLEAR(ft_getfl(orig), O_NONBLOCK);
	FT_SYS(fcntl(copy, F_SETFL, ft_getfl(copy) | O_NONBLOCK));
	FT_FLAG_SET(ft_getfl(orig), O_NONBLOCK);
}
