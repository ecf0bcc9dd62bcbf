/*
 * nsfs/ns_fd_keeps_alive - an open namespace descriptor keeps its
 * namespace alive after the last process in it has exited: the
 * descriptor still names the same inode, a process can still join it with
 * setns() and finds the state the exited member left there (a UTS
 * namespace's hostname), and new namespaces made meanwhile get other
 * inodes.  Closing its last descriptor lets it go.
 */
#include "nsfs.h"

FT_CASE("a namespace descriptor keeps the namespace alive after its last process exits",
	"namespaces(7) \"The /proc/[pid]/ns/ directory\"; namespaces(7) \"Namespace lifetime\"; "
	"setns(2) DESCRIPTION");

FT_NEEDS(FT_NEEDS_PROC);

#define KEPT_NAME "fdsuite-kept"

static void set_name(void)
{
	FT_SYS(sethostname(KEPT_NAME, strlen(KEPT_NAME)));
}

FT_POINT(same_inode_after_exit)
{
	struct ns_child child;
	ns_child_start(&child, CLONE_NEWUTS, set_name);
	FT_FD int uts = ns_open_pid(child.pid, "uts");
	FT_FD int user = ns_open_pid(child.pid, "user");
	unsigned long long uts_ino = ns_ino(uts), user_ino = ns_ino(user);
	ns_child_release(&child);
	FT_EQ(ns_ino(uts), uts_ino);
	FT_EQ(ns_ino(user), user_ino);
	FT_EQ(ns_type(uts), CLONE_NEWUTS);
	/* a namespace made now cannot reuse the held one's inode */
	ns_child_start(&child, CLONE_NEWUTS, NULL);
	FT_FD int other = ns_open_pid(child.pid, "uts");
	FT_NE(ns_ino(other), uts_ino);
	ns_child_release(&child);
}

FT_POINT(join_after_exit_finds_state)
{
	struct ns_child child;
	char name[64] = "";
	ns_child_start(&child, CLONE_NEWUTS, set_name);
	FT_FD int uts = ns_open_pid(child.pid, "uts");
	FT_FD int user = ns_open_pid(child.pid, "user");
	ns_child_release(&child);
	FT_SYS(ns_setns(user, CLONE_NEWUSER));
	FT_SYS(ns_setns(uts, CLONE_NEWUTS));
	FT_SYS(gethostname(name, sizeof name - 1));
	FT_STREQ(name, KEPT_NAME);
}
