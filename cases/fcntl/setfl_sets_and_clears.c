/*
 * fcntl/setfl_sets_and_clears - F_SETFL can turn each of the flags Linux
 * lets it change (O_APPEND, O_NONBLOCK, O_ASYNC, O_NOATIME, O_DIRECT) on
 * and off again, and F_GETFL reports every change; O_NONBLOCK on every
 * type of descriptor, each change made twice with the same argument.
 *
 * Cites: fcntl(2) "File status flags" (F_SETFL can change only O_APPEND,
 * O_ASYNC, O_DIRECT, O_NOATIME and O_NONBLOCK); open(2) O_NOATIME (the
 * file's owner may use it), O_DIRECT; POSIX fcntl(3p) F_SETFL.
 */
#include "fdtest.h"

FT_CASE("F_SETFL sets and clears each changeable status flag",
	"fcntl(2) \"File status flags\"; open(2) O_NOATIME, O_DIRECT; POSIX fcntl(3p)");

static void toggle(int fd, int flag)
{
	int fl = ft_getfl(fd);
	FT_FLAG_CLEAR(fl, flag);
	FT_EQ(fcntl(fd, F_SETFL, fl | flag), 0);
	FT_FLAG_SET(ft_getfl(fd), flag);
	FT_EQ(fcntl(fd, F_SETFL, fl & ~flag), 0);
	FT_FLAG_CLEAR(ft_getfl(fd), flag);
}

FT_POINT(o_append)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	toggle(fd, O_APPEND);
}

FT_POINT(o_nonblock)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	toggle(p[0], O_NONBLOCK);
	toggle(p[1], O_NONBLOCK);
}

FT_POINT(o_async)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	toggle(p[0], O_ASYNC);
}

FT_POINT(o_noatime_as_owner)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL); /* created by us, so we own it */
	toggle(fd, O_NOATIME);
}

FT_POINT(o_direct)
{
	int fd = ft_tmpfile(NULL, NULL);
	int fl = ft_getfl(fd);
	if (fcntl(fd, F_SETFL, fl | O_DIRECT) == -1 && errno == EINVAL) {
		close(fd);
		FT_SKIP("the scratch filesystem does not support O_DIRECT");
	}
	FT_SYS(fcntl(fd, F_SETFL, fl));
	toggle(fd, O_DIRECT);
	close(fd);
}

FT_TABLE(o_nonblock_on, ft_fd_kinds)
{
	FT_FD int fd = row->open();
	toggle(fd, O_NONBLOCK);
	int fl = ft_getfl(fd);
	for (int i = 0; i < 2; i++) /* the same call twice: the same result */
		FT_EQ(fcntl(fd, F_SETFL, fl | O_NONBLOCK), 0);
	FT_FLAG_SET(ft_getfl(fd), O_NONBLOCK);
}
