/*
 * limits/poll_nfds_limit - poll() refuses an array longer than the soft
 * RLIMIT_NOFILE: nfds above the limit fails with EINVAL, while nfds equal
 * to the limit is accepted (entries with a negative fd are ignored).
 *
 * Cites: poll(2) ERRORS (EINVAL: nfds exceeds the RLIMIT_NOFILE value) and
 * DESCRIPTION (negative fd ignored); getrlimit(2) RLIMIT_NOFILE.
 */
#include "nofile.h"
#include <poll.h>

FT_CASE("poll() with nfds above RLIMIT_NOFILE fails with EINVAL",
	"poll(2) ERRORS, DESCRIPTION; getrlimit(2) RLIMIT_NOFILE");

#define MAXLIM 64

/* The soft limit the points set: 64, or the hard limit where that is
   lower. */
static int lim_for_poll(void)
{
	struct rlimit rl;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &rl));
	return rl.rlim_max != RLIM_INFINITY && rl.rlim_max < MAXLIM
		       ? (int)rl.rlim_max
		       : MAXLIM;
}

FT_POINT(nfds_above_limit_einval)
{
	struct pollfd pf[MAXLIM + 1];
	int lim = lim_for_poll();
	for (int i = 0; i <= lim; i++)
		pf[i] = (struct pollfd){ .fd = -1, .events = POLLIN };
	struct rlimit old;
	lim_soft(lim, &old);
	FT_ERRNO(poll(pf, lim + 1, 0), EINVAL);
	lim_restore(&old);
}

FT_POINT(nfds_at_limit_ok)
{
	struct pollfd pf[MAXLIM];
	int lim = lim_for_poll();
	FT_GE(lim, 1);
	for (int i = 0; i < lim; i++)
		pf[i] = (struct pollfd){ .fd = -1, .events = POLLIN };
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	FT_EQ(write(p[1], "x", 1), 1);
	pf[lim - 1].fd = p[0];
	struct rlimit old;
	lim_soft(lim, &old);
	FT_EQ(poll(pf, lim, 0), 1);
	FT_EQ(pf[lim - 1].revents, POLLIN);
	lim_restore(&old);
}
