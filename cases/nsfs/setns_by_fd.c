/*
 * nsfs/setns_by_fd - setns() takes a namespace descriptor: joining a
 * namespace the caller is already in succeeds and changes nothing (for
 * each type it holds CAP_SYS_ADMIN over, here in a user namespace of its
 * own), nstype 0 accepts any type while a wrong nstype fails with EINVAL,
 * a child's user namespace can be joined (the caller then is in it), the
 * caller's own user namespace cannot (EINVAL), and a descriptor that is
 * no namespace fails with EINVAL, a closed one with EBADF.
 */
#include "nsfs.h"

FT_CASE("setns() by namespace descriptor: rejoin, nstype checks, child user namespace, errors",
	"setns(2) DESCRIPTION; setns(2) ERRORS; namespaces(7) \"The /proc/[pid]/ns/ directory\"");

FT_NEEDS(FT_NEEDS_PROC);

FT_TABLE(rejoin_current, ns_flat_kinds)
{
	ns_enter_userns(row->type);
	FT_FD int fd = ns_open_pid(getpid(), row->file);
	unsigned long long before = ns_ino(fd);
	FT_SYS(ns_setns(fd, row->type));
	FT_SYS(ns_setns(fd, 0));
	FT_FD int now = ns_open_pid(getpid(), row->file);
	FT_EQ(ns_ino(now), before);
}

FT_POINT(wrong_nstype_einval)
{
	ns_enter_userns(CLONE_NEWUTS);
	FT_FD int fd = ns_open_pid(getpid(), "uts");
	FT_ERRNO(ns_setns(fd, CLONE_NEWNET), EINVAL);
	FT_ERRNO(ns_setns(fd, CLONE_NEWIPC), EINVAL);
}

FT_POINT(join_child_user_ns)
{
	struct ns_child child;
	ns_child_start(&child, 0, NULL);
	FT_FD int theirs = ns_open_pid(child.pid, "user");
	FT_SYS(ns_setns(theirs, CLONE_NEWUSER));
	FT_FD int now = ns_open_pid(getpid(), "user");
	FT_EQ(ns_ino(now), ns_ino(theirs));
	ns_child_release(&child);
}

FT_POINT(own_user_ns_einval)
{
	FT_FD int fd = ns_open_pid(getpid(), "user");
	FT_ERRNO(ns_setns(fd, CLONE_NEWUSER), EINVAL);
	FT_ERRNO(ns_setns(fd, 0), EINVAL);
}

FT_POINT(not_a_namespace_einval)
{
	FT_FD int f = ft_tmpfile("x", NULL);
	FT_ERRNO(ns_setns(f, 0), EINVAL);
}

FT_POINT(closed_fd_ebadf)
{
	FT_ERRNO(ns_setns(ft_lowest_free(), 0), EBADF);
}
