/*
 * limits/poll_nfds_limit - poll() refuses an array longer than the soft
 * RLIMIT_NOFILE: nfds above the limit fails with EINVAL, while nfds equal
 * to the limit is accepted (entries with a negative fd are ignored).
 *
 * Cites: poll(2) ERRORS (EINVAL: nfds exceeds the RLIMIT_NOFILE value) and
 * DESCRIPTION (negative fd ignored); getrlimit(2) RLIMIT_NOFILE.
 */
#include "limits.h"
#include <poll.h>

FT_CASE("poll() with nfds above RLIMIT_NOFILE fails with EINVAL",
	"poll(2) ERRORS, DESCRIPTION; getrlimit(2) RLIMIT_NOFILE");

#define LIM 64

FT_POINT(nfds_above_limit_einval)
{
	struct pollfd pf[LIM + 1];
	for (int i = 0; i <= LIM; i++)
		pf[i] = (struct pollfd){ .fd = -1, .events = POLLIN };
	struct rlimit old;
	lim_soft(LIM, &old);
	FT_ERRNO(poll(pf, LIM + 1, 0), EINVAL);
	lim_restore(&old);
}

FT_POINT(nfds_at_limit_ok)
{
	struct pollfd pf[LIM];
	for (int i = 0; i < LIM; i++)
		pf[i] = (struct pollfd){ .fd = -1, .events = POLLIN };
	int p[2];
	FT_SYS(pipe(p));
	FT_EQ(write(p[1], "x", 1), 1);
	pf[LIM - 1].fd = p[0];
	struct rlimit old;
	lim_soft(LIM, &old);
	FT_EQ(poll(pf, LIM, 0), 1);
	FT_EQ(pf[LIM - 1].revents, POLLIN);
	lim_restore(&old);
	close(p[0]);
	close(p[1]);
}
