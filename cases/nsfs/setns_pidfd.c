/*
 * nsfs/setns_pidfd - since Linux 5.8 setns() also takes a pidfd and then
 * moves the caller into the namespaces of that process named by the
 * nstype mask (here its user and UTS namespaces, where the caller finds
 * the hostname it set), leaving the others alone.  With a pidfd, nstype
 * 0 is invalid (EINVAL), and once the process has exited and been reaped
 * the call fails with ESRCH.
 */
#include "nsfs.h"

FT_CASE("setns() with a pidfd joins that process's namespaces named by the mask",
	"setns(2) \"fd is a PID file descriptor\" (Linux 5.8); setns(2) ERRORS; "
	"pidfd_open(2) DESCRIPTION");

FT_NEEDS(FT_NEEDS_PROC | FT_NEEDS_PIDFD);

#define PIDFD_NAME "fdsuite-pidfd"

static void set_name(void)
{
	FT_SYS(sethostname(PIDFD_NAME, strlen(PIDFD_NAME)));
}

/* Starts the child, opens its pidfd and joins its user and UTS
   namespaces through it (skipping where setns takes no pidfd). */
static int join_child(struct ns_child *child)
{
	ns_child_start(child, CLONE_NEWUTS, set_name);
	int pidfd = FT_SYS((int)syscall(SYS_pidfd_open, child->pid, 0));
	FT_NEED_FLAG(setns(pidfd, CLONE_NEWUSER | CLONE_NEWUTS),
		     "setns with a pidfd", "Linux 5.8");
	return pidfd;
}

FT_POINT(joins_masked_namespaces)
{
	struct ns_child child;
	char name[64] = "";
	FT_FD int net_before = ns_open_pid(getpid(), "net");
	FT_FD int pidfd = join_child(&child);
	FT_FD int user = ns_open_pid(getpid(), "user");
	FT_FD int theirs = ns_open_pid(child.pid, "user");
	FT_EQ(ns_ino(user), ns_ino(theirs));
	FT_SYS(gethostname(name, sizeof name - 1));
	FT_STREQ(name, PIDFD_NAME);
	FT_FD int net_after = ns_open_pid(getpid(), "net");
	FT_EQ(ns_ino(net_after), ns_ino(net_before));
	ns_child_release(&child);
}

FT_POINT(zero_nstype_einval)
{
	struct ns_child child;
	FT_FD int pidfd = join_child(&child);
	FT_ERRNO(setns(pidfd, 0), EINVAL);
	ns_child_release(&child);
}

FT_POINT(reaped_process_esrch)
{
	struct ns_child child;
	FT_FD int pidfd = join_child(&child);
	ns_child_release(&child);
	FT_ERRNO(setns(pidfd, CLONE_NEWUTS), ESRCH);
}
