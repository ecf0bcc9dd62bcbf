/*
 * anon/landlock_version_no_fd - landlock_create_ruleset(NULL, 0,
 * LANDLOCK_CREATE_RULESET_VERSION) returns the highest Landlock ABI
 * version the kernel supports (1 or more) and opens no descriptor: the
 * lowest free number and the count of open descriptors are unchanged.
 * The version request with an attribute or a size is EINVAL, and a
 * ruleset that handles no access is ENOMSG; neither opens a descriptor.
 */
#include "anon.h"

FT_CASE("LANDLOCK_CREATE_RULESET_VERSION returns the ABI version and opens no descriptor",
	"landlock_create_ruleset(2) DESCRIPTION (LANDLOCK_CREATE_RULESET_VERSION), ERRORS (EINVAL, ENOMSG); Linux 5.13");

static int version(void)
{
	long v = syscall(SYS_landlock_create_ruleset, NULL, 0,
			 LANDLOCK_CREATE_RULESET_VERSION);
	if (v == -1 && errno == ENOSYS)
		FT_SKIP("landlock_create_ruleset: ENOSYS (Landlock, Linux 5.13)");
	if (v == -1 && errno == EOPNOTSUPP)
		FT_SKIP("Landlock is disabled at boot (landlock_create_ruleset: EOPNOTSUPP)");
	return (int)FT_SYS(v);
}

static int nopen(void)
{
	int fds[1024];
	return ft_list_fds(fds, 1024);
}

FT_POINT(version_opens_nothing)
{
	FT_FD int plug = -1;
	int gap = anon_gap(&plug);
	int before = nopen();
	int v = version();
	FT_GE(v, 1);
	FT_EQ(ft_lowest_free(), gap);
	FT_EQ(nopen(), before);
	FT_EQ(version(), v); /* asked again, the same answer */
}

FT_POINT(version_with_attr_einval)
{
	version();
	struct anon_ll_attr a = { ANON_LL_READ_FILE };
	int before = nopen();
	FT_ERRNO(syscall(SYS_landlock_create_ruleset, &a, sizeof a,
			 LANDLOCK_CREATE_RULESET_VERSION), EINVAL);
	FT_ERRNO(syscall(SYS_landlock_create_ruleset, NULL, sizeof a,
			 LANDLOCK_CREATE_RULESET_VERSION), EINVAL);
	FT_EQ(nopen(), before);
}

FT_POINT(empty_access_enomsg)
{
	version();
	struct anon_ll_attr a = { 0 };
	int before = nopen();
	FT_ERRNO(syscall(SYS_landlock_create_ruleset, &a, sizeof a, 0), ENOMSG);
	FT_EQ(nopen(), before);
}
