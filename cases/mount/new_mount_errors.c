/*
 * mount/new_mount_errors - the new mount calls fail with their documented
 * errors: an unknown flag is EINVAL (fsopen, fsmount flags and attributes,
 * open_tree, AT_RECURSIVE without OPEN_TREE_CLONE), an unknown filesystem
 * ENODEV, a context not awaiting a mount EBUSY (a second fsmount; before
 * FSCONFIG_CMD_CREATE the kernel reports EINVAL, there being no
 * filesystem root yet: both are accepted), fsconfig on a descriptor
 * that is no context EINVAL and an unknown command EOPNOTSUPP, an empty
 * path without AT_EMPTY_PATH ENOENT, and a relative path with a closed
 * dirfd EBADF.  No failed call leaves a descriptor behind.
 */
#include "mount.h"

FT_CASE("fsopen, fsconfig, fsmount, open_tree and fspick fail with their documented errors",
	"fsopen(2), fsconfig(2), fsmount(2), open_tree(2), fspick(2) ERRORS (Linux 5.2)");

/* Each row makes its call, leaving any descriptor it needed in *keep. */
static long fsopen_flags(int *keep) { return mnt_fsopen("tmpfs", 0x100); }
static long fsopen_nodev(int *keep) { return mnt_fsopen("fdsuite_no_such_fs", 0); }
static long fsmount_flags(int *keep)
{
	*keep = mount_prep_ctx();
	return mnt_fsmount(*keep, 0x100, 0);
}
static long fsmount_attrs(int *keep)
{
	*keep = mount_prep_ctx();
	return mnt_fsmount(*keep, 0, 0x40000000);
}
static long fsmount_before_create(int *keep)
{
	*keep = FT_SYS(mnt_fsopen("tmpfs", FSOPEN_CLOEXEC));
	return mnt_fsmount(*keep, 0, 0);
}
static long fsmount_twice(int *keep)
{
	*keep = mount_prep_ctx();
	close(FT_SYS(mnt_fsmount(*keep, FSMOUNT_CLOEXEC, 0)));
	return mnt_fsmount(*keep, 0, 0);
}
static long fsconfig_not_context(int *keep)
{
	*keep = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	return mnt_fsconfig(*keep, MNT_CMD_CREATE, NULL, NULL, 0);
}
static long fsconfig_bad_cmd(int *keep)
{
	*keep = FT_SYS(mnt_fsopen("tmpfs", FSOPEN_CLOEXEC));
	return mnt_fsconfig(*keep, 99, NULL, NULL, 0);
}
static long open_tree_flags(int *keep) { return mnt_open_tree(AT_FDCWD, ".", 0x2); }
static long open_tree_recursive(int *keep)
{
	return mnt_open_tree(AT_FDCWD, ".", AT_RECURSIVE);
}
static long open_tree_empty(int *keep) { return mnt_open_tree(AT_FDCWD, "", 0); }
static long open_tree_bad_dirfd(int *keep)
{
	return mnt_open_tree(ft_lowest_free(), "x", 0);
}
static long fspick_missing(int *keep)
{
	return mnt_fspick(AT_FDCWD, "fdsuite_missing", FSPICK_CLOEXEC);
}

static const struct {
	const char *name;
	long (*call)(int *keep);
	int err, or_err; /* or_err: another errno kernels give, 0 for none */
} rows[] = {
	{ "fsopen_unknown_flag", fsopen_flags, EINVAL, 0 },
	{ "fsopen_unknown_fs", fsopen_nodev, ENODEV, 0 },
	{ "fsmount_unknown_flag", fsmount_flags, EINVAL, 0 },
	{ "fsmount_unknown_attr", fsmount_attrs, EINVAL, 0 },
	{ "fsmount_before_create", fsmount_before_create, EBUSY, EINVAL },
	{ "fsmount_twice", fsmount_twice, EBUSY, 0 },
	{ "fsconfig_not_context", fsconfig_not_context, EINVAL, 0 },
	{ "fsconfig_unknown_cmd", fsconfig_bad_cmd, EOPNOTSUPP, 0 },
	{ "open_tree_unknown_flag", open_tree_flags, EINVAL, 0 },
	{ "open_tree_recursive_without_clone", open_tree_recursive, EINVAL, 0 },
	{ "open_tree_empty_path", open_tree_empty, ENOENT, 0 },
	{ "open_tree_closed_dirfd", open_tree_bad_dirfd, EBADF, 0 },
	{ "fspick_missing_path", fspick_missing, ENOENT, 0 },
};

FT_TABLE(fails, rows)
{
	mount_enter();
	FT_FD int keep = -1;
	int next = ft_lowest_free();
	const int want[] = { row->err, row->or_err };
	errno = 0;
	long r = row->call(&keep);
	ft_errno_any_(__FILE__, __LINE__, "row->call(&keep)", want,
		      row->or_err ? 2 : 1, r, errno);
	if (keep == -1)
		FT_EQ(ft_lowest_free(), next);
}
