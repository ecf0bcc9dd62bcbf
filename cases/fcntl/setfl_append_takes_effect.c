/*
 * fcntl/setfl_append_takes_effect - O_APPEND turned on with F_SETFL
 * governs the next write: it lands at the end of the file whatever the
 * offset, and the offset ends there; once cleared, writes go to the
 * offset again.
 *
 * Cites: fcntl(2) "File status flags"; open(2) O_APPEND; write(2)
 * DESCRIPTION (O_APPEND positions at the end before each write).
 */
#include "fdtest.h"

FT_CASE("O_APPEND set by F_SETFL makes writes append; clearing it stops that",
	"fcntl(2) \"File status flags\"; open(2) O_APPEND; write(2) DESCRIPTION");

FT_POINT(set_appends)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_EQ(ft_offset(fd), 0);
	FT_SYS(fcntl(fd, F_SETFL, ft_getfl(fd) | O_APPEND));
	FT_EQ(write(fd, "d", 1), 1);
	FT_EQ(ft_offset(fd), 4);
	char buf[8];
	FT_EQ(pread(fd, buf, sizeof buf, 0), 4);
	FT_MEMEQ(buf, "abcd", 4);
}

FT_POINT(clear_writes_at_offset)
{
	FT_FD int fd = FT_SYS(open("f", O_RDWR | O_CREAT | O_APPEND, 0600));
	FT_EQ(write(fd, "abc", 3), 3);
	FT_SYS(fcntl(fd, F_SETFL, ft_getfl(fd) & ~O_APPEND));
	FT_EQ(lseek(fd, 0, SEEK_SET), 0);
	FT_EQ(write(fd, "x", 1), 1);
	char buf[8];
	FT_EQ(pread(fd, buf, sizeof buf, 0), 3);
	FT_MEMEQ(buf, "xbc", 3);
}
