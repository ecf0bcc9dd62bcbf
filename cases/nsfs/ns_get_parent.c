/*
 * nsfs/ns_get_parent - NS_GET_PARENT returns a descriptor for the parent
 * of a hierarchical namespace: a child's new user namespace has the
 * caller's as parent, and a new PID namespace made in it has the caller's
 * PID namespace as parent.  The caller's own user and PID namespaces have
 * their parent outside its scope (or none, for the initial ones): EPERM.
 * A non-hierarchical namespace (UTS, IPC, network, mount ...) has no
 * parent: EINVAL.
 */
#include "nsfs.h"

FT_CASE("NS_GET_PARENT: the parent user/PID namespace; EPERM outside scope; EINVAL if flat",
	"ioctl_ns(2) \"Discovering namespace relationships\" (NS_GET_PARENT, Linux 4.9); "
	"ioctl_ns(2) ERRORS");

FT_NEEDS(FT_NEEDS_PROC);

FT_POINT(child_user_ns_parent_is_ours)
{
	struct ns_child child;
	FT_FD int own = ns_open_pid(getpid(), "user");
	ns_child_start(&child, 0, NULL);
	FT_FD int theirs = ns_open_pid(child.pid, "user");
	FT_FD int parent = FT_SYS(ns_get(theirs, NS_GET_PARENT));
	FT_EQ(ns_ino(parent), ns_ino(own));
	ns_child_release(&child);
}

FT_POINT(child_pid_ns_parent_is_ours)
{
	FT_FDS int sync[2] = FT_NO_FDS;
	FT_FD int own = ns_open_pid(getpid(), "pid");
	/* unshare(CLONE_NEWPID) puts the next child, not the caller, in the
	   new PID namespace */
	ns_enter_userns(CLONE_NEWPID);
	ft_pipe(sync, O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		close(sync[1]);
		FT_EQ(read(sync[0], &c, 1), 0);
		_exit(0);
	}
	FT_FD int inner = ns_open_pid(pid, "pid");
	FT_NE(ns_ino(inner), ns_ino(own));
	FT_FD int parent = FT_SYS(ns_get(inner, NS_GET_PARENT));
	FT_EQ(ns_ino(parent), ns_ino(own));
	ft_close(&sync[1]);
	FT_CHILD_OK(pid);
}

static const struct { const char *name; const char *file; } own_hier[] = {
	{ "user", "user" },
	{ "pid", "pid" },
};

FT_TABLE(own_parent_eperm, own_hier)
{
	FT_FD int fd = ns_open_pid(getpid(), row->file);
	FT_ERRNO(ns_get(fd, NS_GET_PARENT), EPERM);
}

FT_TABLE(flat_namespace_einval, ns_flat_kinds)
{
	FT_FD int fd = ns_open_pid(getpid(), row->file);
	FT_ERRNO(ns_get(fd, NS_GET_PARENT), EINVAL);
}
