/*
 * poll/select_closed_fd_ebadf - unlike poll(), select() treats a number
 * that is not an open descriptor in any of its sets as an error: it fails
 * with EBADF (at once, not after the timeout), and on an error the sets
 * are left as they were passed in.
 */
#include "readiness.h"

FT_CASE("select with a closed descriptor in a set fails with EBADF",
	"select(2) ERRORS EBADF, RETURN VALUE; POSIX select(3p)");

static void check(int which)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	int bad = FT_SYS(dup(p[0]));
	close(bad);
	FT_LT(bad, FD_SETSIZE);
	FT_LT(p[1], FD_SETSIZE);
	fd_set s[3];
	for (int i = 0; i < 3; i++)
		FD_ZERO(&s[i]);
	FD_SET(p[1], &s[1]); /* ready for writing */
	FD_SET(bad, &s[which]);
	fd_set copy[3];
	memcpy(copy, s, sizeof s);
	int n = (bad > p[1] ? bad : p[1]) + 1;
	struct timeval tv = { 2, 0 };
	FT_ERRNO(select(n, &s[0], &s[1], &s[2], &tv), EBADF);
	FT_MEMEQ(s, copy, sizeof s);
}

FT_POINT(closed_in_readfds)
{
	check(0);
}

FT_POINT(closed_in_writefds)
{
	check(1);
}

FT_POINT(closed_in_exceptfds)
{
	check(2);
}
