/*
 * limits/unprivileged_hard_raise_eperm - without CAP_SYS_RESOURCE a
 * process may lower its hard RLIMIT_NOFILE but never raise it: raising it
 * fails with EPERM and changes nothing, so a lowering is irreversible.
 * The checks run in a child without CAP_SYS_RESOURCE as the kernel checks
 * it (in the initial user namespace); one that holds it first gives up
 * root (setuid to nobody); where that cannot be done the points skip.
 *
 * Cites: getrlimit(2) DESCRIPTION (an unprivileged process may only lower
 * its hard limit, irreversibly) and ERRORS (EPERM); POSIX getrlimit(3p).
 */
#include "nofile.h"
#include <grp.h>

FT_CASE("raising the hard RLIMIT_NOFILE without privilege fails with EPERM",
	"getrlimit(2) DESCRIPTION, ERRORS; POSIX getrlimit(3p)");

/* In a child: make sure the kernel will not honour CAP_SYS_RESOURCE
   (already so in a user namespace or without it; else give up root), or
   skip the point. */
static void drop_privileges(void)
{
	const char *why;
	if (ft_has_init_cap(CAP_SYS_RESOURCE, &why) == 0)
		return;
	if (geteuid() == 0 &&
	    (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0))
		FT_SKIP("cannot drop root privileges (setuid to 65534 failed: %s)",
			ft_errno_name(errno));
	if (ft_has_init_cap(CAP_SYS_RESOURCE, &why) != 0)
		FT_SKIP("cannot shed CAP_SYS_RESOURCE here: %s", why);
}

FT_POINT(raise_hard_eperm)
{
	pid_t pid = ft_fork();
	if (pid == 0) {
		drop_privileges();
		struct rlimit old, now;
		FT_SYS(getrlimit(RLIMIT_NOFILE, &old));
		if (old.rlim_max == RLIM_INFINITY)
			FT_SKIP("hard RLIMIT_NOFILE is unlimited here");
		struct rlimit up = { old.rlim_cur, old.rlim_max + 1 };
		FT_ERRNO(setrlimit(RLIMIT_NOFILE, &up), EPERM);
		FT_SYS(getrlimit(RLIMIT_NOFILE, &now));
		FT_EQ(now.rlim_max, old.rlim_max);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(lowering_hard_is_irreversible)
{
	pid_t pid = ft_fork();
	if (pid == 0) {
		drop_privileges();
		struct rlimit old, now;
		FT_SYS(getrlimit(RLIMIT_NOFILE, &old));
		rlim_t low = (rlim_t)ft_lowest_free() + 8;
		if (old.rlim_max != RLIM_INFINITY && low >= old.rlim_max)
			FT_SKIP("hard RLIMIT_NOFILE is already too small");
		struct rlimit down = { low, low };
		FT_SYS(setrlimit(RLIMIT_NOFILE, &down));
		FT_ERRNO(setrlimit(RLIMIT_NOFILE, &old), EPERM);
		struct rlimit up = { low, low + 1 };
		FT_ERRNO(setrlimit(RLIMIT_NOFILE, &up), EPERM);
		FT_SYS(getrlimit(RLIMIT_NOFILE, &now));
		FT_EQ(now.rlim_max, low);
		struct rlimit soft = { low - 4, low }; /* soft still moves */
		FT_SYS(setrlimit(RLIMIT_NOFILE, &soft));
		_exit(0);
	}
	FT_CHILD_OK(pid);
}
