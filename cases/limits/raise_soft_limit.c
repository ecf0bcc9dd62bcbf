/*
 * limits/raise_soft_limit - an unprivileged process may move its soft
 * RLIMIT_NOFILE anywhere up to the hard limit: after EMFILE, raising the
 * soft limit lets new descriptors come (at the lowest free number, which
 * is the old limit), while a soft limit above the hard one is EINVAL.
 *
 * Cites: getrlimit(2) DESCRIPTION (soft limit up to the hard limit),
 * RLIMIT_NOFILE, ERRORS (EINVAL: rlim_cur greater than rlim_max); POSIX
 * getrlimit(3p).
 */
#include "nofile.h"

FT_CASE("raising the soft RLIMIT_NOFILE up to the hard limit allows new descriptors",
	"getrlimit(2) DESCRIPTION, RLIMIT_NOFILE, ERRORS; POSIX getrlimit(3p)");

FT_POINT(raise_after_emfile_allows_open)
{
	struct rlimit old;
	int l = lim_full(&old);
	FT_ERRNO(open("/dev/null", O_RDONLY), EMFILE);
	struct rlimit up = { (rlim_t)l + 2, old.rlim_max };
	FT_SYS(setrlimit(RLIMIT_NOFILE, &up));
	FT_EQ(lim_cur(), l + 2);
	FT_FD int a = FT_SYS(open("/dev/null", O_RDONLY));
	FT_EQ(a, l);
	lim_restore(&old);
}

FT_POINT(soft_up_to_hard_ok)
{
	struct rlimit old;
	int l = lim_full(&old);
	if (old.rlim_max == RLIM_INFINITY)
		FT_SKIP("hard RLIMIT_NOFILE is unlimited here");
	struct rlimit up = { old.rlim_max, old.rlim_max };
	FT_SYS(setrlimit(RLIMIT_NOFILE, &up));
	FT_EQ(lim_cur(), (long)old.rlim_max);
	FT_FD int a = FT_SYS(open("/dev/null", O_RDONLY));
	FT_EQ(a, l);
	lim_restore(&old);
}

FT_POINT(soft_above_hard_einval)
{
	struct rlimit old;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &old));
	if (old.rlim_max == RLIM_INFINITY)
		FT_SKIP("hard RLIMIT_NOFILE is unlimited here");
	struct rlimit bad = { old.rlim_max + 1, old.rlim_max };
	FT_ERRNO(setrlimit(RLIMIT_NOFILE, &bad), EINVAL);
	struct rlimit now;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &now));
	FT_EQ(now.rlim_cur, old.rlim_cur);
	FT_EQ(now.rlim_max, old.rlim_max);
}
