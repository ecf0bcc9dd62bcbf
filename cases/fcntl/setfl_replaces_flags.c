/*
 * fcntl/setfl_replaces_flags - F_SETFL sets the status flags to its
 * argument rather than adding to them: a flag that is on but left out of
 * the argument (O_APPEND from open(), O_NONBLOCK from pipe2()) is cleared.
 *
 * Cites: fcntl(2) "File status flags" (F_SETFL sets the flags to the
 * value of arg); POSIX fcntl(3p) F_SETFL.
 */
#include "fdtest.h"

FT_CASE("F_SETFL replaces the status flags with its argument",
	"fcntl(2) \"File status flags\"; POSIX fcntl(3p)");

FT_POINT(clears_flag_from_open)
{
	FT_FD int fd = FT_SYS(open("f", O_WRONLY | O_CREAT | O_APPEND, 0600));
	FT_EQ(fcntl(fd, F_SETFL, O_NONBLOCK), 0);
	int fl = ft_getfl(fd);
	FT_FLAG_CLEAR(fl, O_APPEND);
	FT_FLAG_SET(fl, O_NONBLOCK);
	FT_EQ(fl & O_ACCMODE, O_WRONLY);
}

FT_POINT(zero_clears_all)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe2(p, O_NONBLOCK));
	FT_SYS(fcntl(p[1], F_SETFL, ft_getfl(p[1]) | O_ASYNC));
	FT_EQ(fcntl(p[1], F_SETFL, 0), 0);
	FT_FLAG_CLEAR(ft_getfl(p[1]), O_NONBLOCK | O_ASYNC);
}
