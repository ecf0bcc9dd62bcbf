/*
 * nsfs/ns_get_owner_uid - NS_GET_OWNER_UID on a user namespace descriptor
 * stores the effective user ID of the process that created it, as seen
 * from the caller: a child's new user namespace is owned by this
 * process's euid.  On a namespace of another type it fails with EINVAL.
 */
#include "nsfs.h"

FT_CASE("NS_GET_OWNER_UID gives the creator's uid; EINVAL on a non-user namespace",
	"ioctl_ns(2) \"Discovering the owner of a user namespace\" "
	"(NS_GET_OWNER_UID, Linux 4.11)");

FT_NEEDS(FT_NEEDS_PROC);

static uid_t owner_of(int fd)
{
	uid_t uid = (uid_t)-2;
	int r = ioctl(fd, NS_GET_OWNER_UID, &uid);
	if (r == -1 && (errno == ENOTTY || errno == ENOSYS))
		ft_skip("NS_GET_OWNER_UID not supported here (%s; added in Linux 4.11)",
			ft_errno_name(errno));
	FT_SYS(r);
	return uid;
}

FT_POINT(child_userns_owned_by_our_euid)
{
	struct ns_child child;
	ns_child_start(&child, 0, NULL);
	FT_FD int theirs = ns_open_pid(child.pid, "user");
	FT_EQ(owner_of(theirs), geteuid());
	ns_child_release(&child);
}

FT_POINT(owner_survives_creator)
{
	struct ns_child child;
	ns_child_start(&child, 0, NULL);
	FT_FD int theirs = ns_open_pid(child.pid, "user");
	ns_child_release(&child);
	FT_EQ(owner_of(theirs), geteuid());
}

static const struct { const char *name; const char *file; } others[] = {
	{ "uts", "uts" }, { "net", "net" }, { "pid", "pid" }, { "mnt", "mnt" },
};

FT_TABLE(other_type_einval, others)
{
	uid_t uid;
	FT_FD int user = ns_open_pid(getpid(), "user");
	owner_of(user);
	FT_FD int fd = ns_open_pid(getpid(), row->file);
	FT_ERRNO(ioctl(fd, NS_GET_OWNER_UID, &uid), EINVAL);
}
