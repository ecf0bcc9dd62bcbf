/*
 * anon/creation_flags - each creation call's own flags end up in the new
 * descriptor: FAN_CLOEXEC and FAN_NONBLOCK for fanotify_init, O_CLOEXEC
 * and O_NONBLOCK for userfaultfd (and for /dev/userfaultfd's
 * USERFAULTFD_IOC_NEW), O_CLOEXEC for memfd_secret; without them the
 * descriptor is neither close-on-exec nor non-blocking.  A Landlock
 * ruleset descriptor is close-on-exec although the call has no flag for
 * it.  An unknown flag is EINVAL.
 */
#include "anon.h"

FT_CASE("creation flags of fanotify, userfaultfd, Landlock and memfd_secret set FD_CLOEXEC and O_NONBLOCK",
	"fanotify_init(2) DESCRIPTION (FAN_CLOEXEC, FAN_NONBLOCK); userfaultfd(2) DESCRIPTION (O_CLOEXEC, O_NONBLOCK); landlock_create_ruleset(2) (Linux 5.13); memfd_secret(2) DESCRIPTION (O_CLOEXEC; Linux 5.14)");

FT_TABLE(cloexec_set, anon_kinds)
{
	FT_FD int fd = row->open(ANON_CLOEXEC);
	FT_FLAG_SET(ft_getfd(fd), FD_CLOEXEC);
	FT_FLAG_CLEAR(ft_getfl(fd), O_NONBLOCK);
}

FT_TABLE(no_flags, anon_kinds)
{
	FT_FD int fd = row->open(0);
	if (row->always_cloexec)
		FT_FLAG_SET(ft_getfd(fd), FD_CLOEXEC);
	else
		FT_FLAG_CLEAR(ft_getfd(fd), FD_CLOEXEC);
	FT_FLAG_CLEAR(ft_getfl(fd), O_NONBLOCK);
}

/* the kinds whose creation call has a non-blocking flag */
static const struct anon_kind nb_kinds[] = {
	{ "fanotify", anon_fanotify, NULL, 1, 0 },
	{ "userfaultfd", anon_userfaultfd, NULL, 1, 0 },
	{ "userfaultfd_dev", anon_userfaultfd_dev, NULL, 1, 0 },
};

FT_TABLE(nonblock_set, nb_kinds)
{
	FT_FD int fd = row->open(ANON_NONBLOCK);
	FT_FLAG_SET(ft_getfl(fd), O_NONBLOCK);
	FT_FLAG_CLEAR(ft_getfd(fd), FD_CLOEXEC);
	FT_FD int both = row->open(ANON_NONBLOCK | ANON_CLOEXEC);
	FT_FLAG_SET(ft_getfl(both), O_NONBLOCK);
	FT_FLAG_SET(ft_getfd(both), FD_CLOEXEC);
}

/* The flags a valid call used (an unprivileged caller's group needs
   FAN_REPORT_FID, or it is EPERM first), plus an unknown one. */
FT_POINT(unknown_flags_einval)
{
	unsigned ok;
	FT_FD int f = anon_fanotify_group(FAN_CLOEXEC, O_RDONLY, &ok);
	FT_ERRNO(fanotify_init(ok | 0x40000000u, O_RDONLY), EINVAL);
	FT_ERRNO(fanotify_init(ok, O_RDONLY | O_PATH), EINVAL);
}

FT_POINT(unknown_flags_einval_userfaultfd)
{
	FT_FD int u = anon_userfaultfd(ANON_CLOEXEC);
	FT_ERRNO(syscall(SYS_userfaultfd, O_CLOEXEC | anon_uffd_extra | 0x40000000), EINVAL);
}

FT_POINT(unknown_flags_einval_landlock)
{
	FT_FD int l = anon_landlock(0);
	struct anon_ll_attr a = { ANON_LL_READ_FILE };
	FT_ERRNO(syscall(SYS_landlock_create_ruleset, &a, sizeof a, 0x40000000u), EINVAL);
}

FT_POINT(unknown_flags_einval_memfd_secret)
{
	FT_FD int m = anon_memfd_secret(ANON_CLOEXEC);
	FT_ERRNO(syscall(SYS_memfd_secret, O_CLOEXEC | O_NONBLOCK), EINVAL);
}
