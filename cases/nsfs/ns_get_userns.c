/*
 * nsfs/ns_get_userns - NS_GET_USERNS returns a descriptor for the user
 * namespace that owns the namespace: in a new user namespace that also
 * created new UTS, IPC, network and mount namespaces, that is the new
 * user namespace for each of them; for a user namespace it is its
 * parent; for a namespace owned by an ancestor of the caller's user
 * namespace (outside its scope) it fails with EPERM.  A descriptor that
 * is no namespace fails with ENOTTY.
 */
#include "nsfs.h"

FT_CASE("NS_GET_USERNS returns the owning user namespace, EPERM outside the caller's scope",
	"ioctl_ns(2) \"Discovering namespace relationships\" (NS_GET_USERNS, Linux 4.9); "
	"ioctl_ns(2) ERRORS");

FT_NEEDS(FT_NEEDS_PROC);

FT_TABLE(owner_is_new_userns, ns_flat_kinds)
{
	ns_enter_userns(row->type);
	FT_FD int ns = ns_open_pid(getpid(), row->file);
	FT_FD int own = ns_open_pid(getpid(), "user");
	FT_FD int owner = FT_SYS(ns_get(ns, NS_GET_USERNS));
	FT_EQ(ns_ino(owner), ns_ino(own));
}

FT_POINT(ancestor_owner_eperm)
{
	ns_enter_userns(CLONE_NEWUTS);
	FT_FD int ipc = ns_open_pid(getpid(), "ipc"); /* not unshared */
	FT_ERRNO(ns_get(ipc, NS_GET_USERNS), EPERM);
}

FT_POINT(user_ns_owner_is_parent)
{
	struct ns_child child;
	FT_FD int own = ns_open_pid(getpid(), "user");
	ns_child_start(&child, 0, NULL);
	FT_FD int theirs = ns_open_pid(child.pid, "user");
	FT_NE(ns_ino(theirs), ns_ino(own));
	FT_FD int owner = FT_SYS(ns_get(theirs, NS_GET_USERNS));
	FT_EQ(ns_ino(owner), ns_ino(own));
	ns_child_release(&child);
}

FT_POINT(not_a_namespace_enotty)
{
	FT_FD int f = ft_tmpfile("x", NULL);
	FT_FD int uts = ns_open_pid(getpid(), "uts");
	FT_FD int owner = ns_get(uts, NS_GET_USERNS); /* known here: not ENOTTY */
	FT_ERRNO(ioctl(f, NS_GET_USERNS), ENOTTY);
}
