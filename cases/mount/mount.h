/*
 * mount.h - functions shared by the mount/ cases: the file-descriptor-based
 * mount calls of Linux 5.2 (fsopen, fsconfig, fsmount, open_tree,
 * move_mount, fspick).
 *
 * The calls are made with syscall(): glibc added wrappers only in 2.36 and
 * musl 1.2 has none, so the suite's oldest libcs (Debian 11) could not
 * build a case that used them.  Since Linux 5.1 new calls have one number
 * on every architecture; the numbers and flags are defined here where the
 * headers lack them (the fsconfig commands under names of our own, since
 * glibc 2.36 declares them as an enum).
 *
 * Every call but open_tree without OPEN_TREE_CLONE needs CAP_SYS_ADMIN in
 * the user namespace owning the caller's mount namespace: mount_enter()
 * gives the point a user and mount namespace of its own.
 */
#ifndef CASES_MOUNT_H
#define CASES_MOUNT_H

#include "fdtest.h"
#include "../nsfs/nsfs.h"
#include <sys/mount.h>

#ifndef SYS_open_tree
#define SYS_open_tree 428
#endif
#ifndef SYS_move_mount
#define SYS_move_mount 429
#endif
#ifndef SYS_fsopen
#define SYS_fsopen 430
#endif
#ifndef SYS_fsconfig
#define SYS_fsconfig 431
#endif
#ifndef SYS_fsmount
#define SYS_fsmount 432
#endif
#ifndef SYS_fspick
#define SYS_fspick 433
#endif
#ifndef FSOPEN_CLOEXEC
#define FSOPEN_CLOEXEC 0x1
#endif
#ifndef FSMOUNT_CLOEXEC
#define FSMOUNT_CLOEXEC 0x1
#endif
#ifndef FSPICK_CLOEXEC
#define FSPICK_CLOEXEC 0x1
#endif
#ifndef FSPICK_EMPTY_PATH
#define FSPICK_EMPTY_PATH 0x8
#endif
#ifndef OPEN_TREE_CLONE
#define OPEN_TREE_CLONE 0x1
#endif
#ifndef OPEN_TREE_CLOEXEC
#define OPEN_TREE_CLOEXEC O_CLOEXEC
#endif
#ifndef AT_RECURSIVE
#define AT_RECURSIVE 0x8000
#endif
#ifndef MOVE_MOUNT_F_EMPTY_PATH
#define MOVE_MOUNT_F_EMPTY_PATH 0x4
#endif
#ifndef MOUNT_ATTR_RDONLY
#define MOUNT_ATTR_RDONLY 0x1
#endif
/* enum fsconfig_command (linux/mount.h) */
#define MNT_SET_FLAG 0
#define MNT_SET_STRING 1
#define MNT_CMD_CREATE 6
#define MNT_CMD_RECONFIGURE 7

static inline int mnt_fsopen(const char *fs, unsigned flags)
{
	return (int)syscall(SYS_fsopen, fs, flags);
}
static inline int mnt_fsconfig(int fd, unsigned cmd, const char *key,
			       const void *value, int aux)
{
	return (int)syscall(SYS_fsconfig, fd, cmd, key, value, aux);
}
static inline int mnt_fsmount(int fd, unsigned flags, unsigned attrs)
{
	return (int)syscall(SYS_fsmount, fd, flags, attrs);
}
static inline int mnt_open_tree(int dfd, const char *path, unsigned flags)
{
	return (int)syscall(SYS_open_tree, dfd, path, flags);
}
static inline int mnt_move_mount(int from_dfd, const char *from, int to_dfd,
				 const char *to, unsigned flags)
{
	return (int)syscall(SYS_move_mount, from_dfd, from, to_dfd, to, flags);
}
static inline int mnt_fspick(int dfd, const char *path, unsigned flags)
{
	return (int)syscall(SYS_fspick, dfd, path, flags);
}

/*
 * Gives the point CAP_SYS_ADMIN over a mount namespace of its own: a new
 * user namespace owning a new mount namespace (mounts made there cannot
 * propagate back: mount_namespaces(7) "Restrictions on mount
 * namespaces"), or, where user namespaces are unavailable but the process
 * holds CAP_SYS_ADMIN, a new mount namespace with every mount made
 * private.  Skips naming why when neither can be had.  Then checks that
 * the kernel has the calls (fsopen: Linux 5.2), skipping if not.
 */
#define mount_enter() mount_enter_at(__FILE__, __LINE__)
static inline void mount_enter_at(const char *file, int line)
{
	ft_require(FT_NEEDS_PROC);
	int e = ns_try_userns_at(file, line, CLONE_NEWNS);
	if (e) {
		if (unshare(CLONE_NEWNS) == -1)
			ft_skip("needs CAP_SYS_ADMIN over a mount namespace: "
				"unshare(CLONE_NEWUSER) fails with %s and "
				"unshare(CLONE_NEWNS) with %s", ft_errno_name(e),
				ft_errno_name(errno));
		FT_SYS_AT(file, line,
			  mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL));
	}
	int fd = FT_NEED_CALL(mnt_fsopen("tmpfs", FSOPEN_CLOEXEC),
			      "fsopen", "Linux 5.2");
	close(fd);
}

/* A new tmpfs instance as a detached mount: fsopen, FSCONFIG_CMD_CREATE,
   fsmount(flags); returns the mount fd. */
#define mount_tmpfs(flags) mount_tmpfs_at(__FILE__, __LINE__, (flags))
static inline int mount_tmpfs_at(const char *file, int line, unsigned flags)
{
	int ctx = FT_SYS_AT(file, line, mnt_fsopen("tmpfs", FSOPEN_CLOEXEC));
	FT_SYS_AT(file, line, mnt_fsconfig(ctx, MNT_CMD_CREATE, NULL, NULL, 0));
	int mfd = FT_SYS_AT(file, line, mnt_fsmount(ctx, flags, 0));
	close(ctx);
	return mfd;
}

/* A new tmpfs attached on the new directory dir (in the cwd). */
#define mount_tmpfs_on(dir) mount_tmpfs_on_at(__FILE__, __LINE__, (dir))
static inline void mount_tmpfs_on_at(const char *file, int line,
				     const char *dir)
{
	FT_SYS_AT(file, line, mkdir(dir, 0755));
	int mfd = mount_tmpfs_at(file, line, FSMOUNT_CLOEXEC);
	FT_SYS_AT(file, line, mnt_move_mount(mfd, "", AT_FDCWD, dir,
					     MOVE_MOUNT_F_EMPTY_PATH));
	close(mfd);
}

/*
 * Rows over every call that returns a descriptor, with and without its
 * close-on-exec flag.  .prep() runs first and returns a descriptor the
 * call needs (the context fsmount mounts) or -1, so that the point can
 * then lay out the table before .make(aux) makes the descriptor under
 * test (a context mounts once: each .make needs its own .prep); .cloexec
 * says whether the row asks for close-on-exec.
 */
static inline int mount_prep_none(void) { return -1; }
static inline int mount_prep_ctx(void)
{
	int ctx = FT_SYS(mnt_fsopen("tmpfs", FSOPEN_CLOEXEC));
	FT_SYS(mnt_fsconfig(ctx, MNT_CMD_CREATE, NULL, NULL, 0));
	return ctx;
}
static inline int mount_prep_dir(void)
{
	struct stat st;
	if (stat("m", &st) == -1) /* made once per point */
		mount_tmpfs_on("m");
	return -1;
}
static inline int mount_mk_fsopen(int aux) { return mnt_fsopen("tmpfs", 0); }
static inline int mount_mk_fsopen_cx(int aux)
{
	return mnt_fsopen("tmpfs", FSOPEN_CLOEXEC);
}
static inline int mount_mk_fsmount(int aux) { return mnt_fsmount(aux, 0, 0); }
static inline int mount_mk_fsmount_cx(int aux)
{
	return mnt_fsmount(aux, FSMOUNT_CLOEXEC, 0);
}
static inline int mount_mk_fspick(int aux) { return mnt_fspick(AT_FDCWD, "m", 0); }
static inline int mount_mk_fspick_cx(int aux)
{
	return mnt_fspick(AT_FDCWD, "m", FSPICK_CLOEXEC);
}
static inline int mount_mk_tree(int aux) { return mnt_open_tree(AT_FDCWD, "m", 0); }
static inline int mount_mk_tree_cx(int aux)
{
	return mnt_open_tree(AT_FDCWD, "m", OPEN_TREE_CLOEXEC);
}
static inline int mount_mk_clone(int aux)
{
	return mnt_open_tree(AT_FDCWD, "m", OPEN_TREE_CLONE);
}
static inline int mount_mk_clone_cx(int aux)
{
	return mnt_open_tree(AT_FDCWD, "m", OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
}
struct mount_fd_kind {
	const char *name;
	int (*prep)(void);
	int (*make)(int aux);
	int cloexec;
};
static const struct mount_fd_kind mount_fd_kinds[] = {
	{ "fsopen", mount_prep_none, mount_mk_fsopen, 0 },
	{ "fsopen_cloexec", mount_prep_none, mount_mk_fsopen_cx, 1 },
	{ "fsmount", mount_prep_ctx, mount_mk_fsmount, 0 },
	{ "fsmount_cloexec", mount_prep_ctx, mount_mk_fsmount_cx, 1 },
	{ "fspick", mount_prep_dir, mount_mk_fspick, 0 },
	{ "fspick_cloexec", mount_prep_dir, mount_mk_fspick_cx, 1 },
	{ "open_tree", mount_prep_dir, mount_mk_tree, 0 },
	{ "open_tree_cloexec", mount_prep_dir, mount_mk_tree_cx, 1 },
	{ "open_tree_clone", mount_prep_dir, mount_mk_clone, 0 },
	{ "open_tree_clone_cloexec", mount_prep_dir, mount_mk_clone_cx, 1 },
};

#endif
