/*
 * limits/fork_inherits_limit - a child created by fork() inherits its
 * parent's RLIMIT_NOFILE and is bound by it (EMFILE at the same number),
 * and from then on the two limits are independent: the child raising its
 * own soft limit leaves the parent's unchanged.
 *
 * Cites: getrlimit(2) NOTES (a child created via fork(2) inherits its
 * parent's resource limits); fork(2) DESCRIPTION; getrlimit(2)
 * RLIMIT_NOFILE.
 */
#include "nofile.h"

FT_CASE("fork() children inherit RLIMIT_NOFILE, then change it independently",
	"getrlimit(2) NOTES, RLIMIT_NOFILE; fork(2) DESCRIPTION");

FT_POINT(child_bound_by_inherited_limit)
{
	struct rlimit old;
	int l = lim_full(&old);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(lim_cur(), l);
		FT_ERRNO(open("/dev/null", O_RDONLY), EMFILE);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	lim_restore(&old);
}

FT_POINT(child_raise_leaves_parent_alone)
{
	struct rlimit old;
	int s = ft_lowest_free() + 2;
	lim_soft(s, &old);
	/* the child raises by 100, or as far as the hard limit allows */
	long raise = 100;
	if (old.rlim_max != RLIM_INFINITY && (long)old.rlim_max - s < raise)
		raise = (long)old.rlim_max - s;
	if (raise < 1) {
		lim_restore(&old);
		FT_SKIP("the hard RLIMIT_NOFILE (%ld) leaves no room to raise the "
			"soft limit above %d", (long)old.rlim_max, s);
	}
	pid_t pid = ft_fork();
	if (pid == 0) {
		struct rlimit up = { (rlim_t)(s + raise), old.rlim_max };
		FT_SYS(setrlimit(RLIMIT_NOFILE, &up));
		FT_EQ(lim_cur(), s + raise);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(lim_cur(), s);
	lim_restore(&old);
}
