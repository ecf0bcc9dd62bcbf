/*
 * poll/select_modifies_sets - select() rewrites its sets in place: on
 * return each set holds only the descriptors that are ready for that
 * class; the others are cleared, so the sets must be rebuilt before each
 * call.  On a timeout with nothing ready all sets come back empty.
 */
#include "readiness.h"

FT_CASE("select leaves only the ready descriptors in its sets",
	"select(2) \"File descriptor sets\", \"Arguments\"; POSIX select(3p)");

FT_POINT(not_ready_cleared)
{
	FT_FDS int a[2] = FT_NO_FDS, b[2] = FT_NO_FDS;
	ft_pipe(a, 0);
	ft_pipe(b, 0);
	FT_EQ(write(b[1], "x", 1), 1);
	int hi = a[0];
	int all[4] = { a[0], a[1], b[0], b[1] };
	for (int i = 0; i < 4; i++) {
		FT_LT(all[i], FD_SETSIZE);
		if (all[i] > hi)
			hi = all[i];
	}
	fd_set r, w;
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_SET(a[0], &r); /* empty: not ready */
	FD_SET(b[0], &r); /* has data */
	FD_SET(a[1], &w); /* writable */
	FD_SET(a[0], &w); /* a read end: never writable */
	struct timeval tv = { 1, 0 };
	FT_EQ(select(hi + 1, &r, &w, NULL, &tv), 2);
	FT_FALSE(FD_ISSET(a[0], &r));
	FT_TRUE(FD_ISSET(b[0], &r));
	FT_TRUE(FD_ISSET(a[1], &w));
	FT_FALSE(FD_ISSET(a[0], &w));
}

FT_POINT(timeout_empties_sets)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_LT(p[0], FD_SETSIZE);
	fd_set r, e;
	FD_ZERO(&r);
	FD_ZERO(&e);
	FD_SET(p[0], &r);
	FD_SET(p[0], &e);
	struct timeval tv = { 0, 10000 };
	FT_EQ(select(p[0] + 1, &r, NULL, &e, &tv), 0);
	FT_FALSE(FD_ISSET(p[0], &r));
	FT_FALSE(FD_ISSET(p[0], &e));
}
