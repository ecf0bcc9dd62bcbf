/*
 * poll/invalid_args - argument errors: poll() with nfds above
 * RLIMIT_NOFILE is EINVAL; select() with a negative nfds or a negative
 * timeout is EINVAL; ppoll() with a negative timeout is EINVAL (where
 * poll() takes a negative timeout as infinite).
 */
#include <sys/resource.h>
#include "readiness.h"

FT_CASE("poll, ppoll and select reject invalid nfds and timeouts with EINVAL",
	"poll(2) ERRORS EINVAL, \"ppoll()\"; select(2) ERRORS EINVAL");

FT_POINT(poll_nfds_over_rlimit)
{
	struct rlimit rl;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &rl));
	if (rl.rlim_cur > 64) {
		rl.rlim_cur = 64;
		FT_SYS(setrlimit(RLIMIT_NOFILE, &rl));
	}
	nfds_t n = rl.rlim_cur + 1;
	struct pollfd *f = calloc(n, sizeof *f);
	FT_TRUE(f != NULL);
	for (nfds_t i = 0; i < n; i++)
		f[i].fd = -1;
	FT_ERRNO(poll(f, n, 0), EINVAL);
	FT_EQ(poll(f, n - 1, 0), 0); /* at the limit: fine */
	free(f);
}

FT_POINT(select_negative_nfds)
{
	volatile int n = -1;
	struct timeval tv = { 0, 0 };
	FT_ERRNO(select(n, NULL, NULL, NULL, &tv), EINVAL);
}

FT_POINT(negative_timeouts)
{
	struct timeval tv = { -1, 0 };
	FT_ERRNO(select(0, NULL, NULL, NULL, &tv), EINVAL);
	struct timespec ts = { -1, 0 };
	struct pollfd f = { .fd = -1 };
	FT_ERRNO(ppoll(&f, 1, &ts, NULL), EINVAL);
}
