/*
 * nsfs.h - functions shared by the nsfs/ cases (and by mount/, which needs
 * a namespace of its own to mount in).
 *
 * Namespace descriptors come from opening /proc/PID/ns/TYPE (namespaces(7)
 * "The /proc/[pid]/ns/ directory") or from the ioctl(2) operations of
 * ioctl_ns(2); the requests are defined here where older headers (Debian
 * 11, musl 1.2) lack them.
 */
#ifndef CASES_NSFS_H
#define CASES_NSFS_H

#include "fdtest.h"
#include <sched.h>
#include <sys/ioctl.h>

#ifndef NSIO
#define NSIO 0xb7
#endif
#ifndef NS_GET_USERNS
#define NS_GET_USERNS _IO(NSIO, 0x1)
#endif
#ifndef NS_GET_PARENT
#define NS_GET_PARENT _IO(NSIO, 0x2)
#endif
#ifndef NS_GET_NSTYPE
#define NS_GET_NSTYPE _IO(NSIO, 0x3)
#endif
#ifndef NS_GET_OWNER_UID
#define NS_GET_OWNER_UID _IO(NSIO, 0x4)
#endif
#ifndef CLONE_NEWCGROUP
#define CLONE_NEWCGROUP 0x02000000
#endif
#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x00000080
#endif

/* The namespaces a process has a file for in /proc/PID/ns, with the
   CLONE_NEW* value NS_GET_NSTYPE reports and the kernel that added the
   file (namespaces(7) "The /proc/[pid]/ns/ directory"). */
struct ns_kind {
	const char *name;
	const char *file;
	int type;
	const char *since;
};
static const struct ns_kind ns_kinds[] = {
	{ "cgroup", "cgroup", CLONE_NEWCGROUP, "Linux 4.6" },
	{ "ipc", "ipc", CLONE_NEWIPC, "Linux 3.0" },
	{ "mnt", "mnt", CLONE_NEWNS, "Linux 3.8" },
	{ "net", "net", CLONE_NEWNET, "Linux 3.0" },
	{ "pid", "pid", CLONE_NEWPID, "Linux 3.8" },
	{ "pid_for_children", "pid_for_children", CLONE_NEWPID, "Linux 4.12" },
	{ "time", "time", CLONE_NEWTIME, "Linux 5.6" },
	{ "time_for_children", "time_for_children", CLONE_NEWTIME, "Linux 5.6" },
	{ "user", "user", CLONE_NEWUSER, "Linux 3.8" },
	{ "uts", "uts", CLONE_NEWUTS, "Linux 3.0" },
};

/* The flat namespace types a process in a user namespace of its own can
   unshare (CLONE_NEW*) and then holds CAP_SYS_ADMIN over. */
struct ns_flat_kind {
	const char *name;
	const char *file;
	int type;
};
static const struct ns_flat_kind ns_flat_kinds[] = {
	{ "uts", "uts", CLONE_NEWUTS },
	{ "ipc", "ipc", CLONE_NEWIPC },
	{ "net", "net", CLONE_NEWNET },
	{ "mnt", "mnt", CLONE_NEWNS },
};

/* Opens /proc/self/ns/FILE with flags; a file the kernel lacks (ENOENT)
   skips naming the kernel that added it, no /proc skips. */
#define ns_open(k, flags) ns_open_at(__FILE__, __LINE__, (k), (flags))
static inline int ns_open_at(const char *file, int line,
			     const struct ns_kind *k, int flags)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/self/ns/%s", k->file);
	ft_require(FT_NEEDS_PROC);
	int fd = open(path, flags);
	if (fd == -1 && errno == ENOENT)
		ft_skip("%s not present (namespace file added in %s)", path,
			k->since);
	return FT_SYS_AT(file, line, fd);
}

/* Opens /proc/PID/ns/NAME read-only, close-on-exec, checked; a sandbox
   that provides no such file (ENOENT) skips the point. */
#define ns_open_pid(pid, name) ns_open_pid_at(__FILE__, __LINE__, (pid), (name))
static inline int ns_open_pid_at(const char *file, int line, pid_t pid,
				 const char *name)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/ns/%s", (int)pid, name);
	ft_require(FT_NEEDS_PROC);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1 && errno == ENOENT)
		ft_skip("%s not present (this environment provides no %s "
			"namespace file)", path, name);
	return FT_SYS_AT(file, line, fd);
}

/* ioctl(fd, req) for NS_GET_USERNS or NS_GET_PARENT (Linux 4.9) on a
   namespace descriptor: the new descriptor, or -1 with errno.  Skips
   where the kernel or a sandbox lacks the request (ENOTTY on a namespace
   descriptor, ENOSYS). */
#define ns_get(fd, req) ns_get_at((fd), (req), #req)
static inline int ns_get_at(int fd, unsigned long req, const char *name)
{
	int r = ioctl(fd, req);
	if (r == -1 && (errno == ENOTTY || errno == ENOSYS))
		ft_skip("%s not supported here (%s; added in Linux 4.9)", name,
			ft_errno_name(errno));
	return r;
}

/* setns(fd, nstype), or -1 with errno; skips where the environment does
   not implement setns(2) at all (ENOSYS, EOPNOTSUPP: gVisor). */
static inline int ns_setns(int fd, int nstype)
{
	int r = setns(fd, nstype);
	if (r == -1 && (errno == ENOSYS || errno == EOPNOTSUPP))
		ft_skip("setns(2) not supported here (%s)", ft_errno_name(errno));
	return r;
}

/* st_ino of what fd refers to (the namespace's identity with st_dev). */
#define ns_ino(fd) ns_ino_at(__FILE__, __LINE__, (fd))
static inline unsigned long long ns_ino_at(const char *file, int line, int fd)
{
	struct stat st;
	FT_SYS_AT(file, line, fstat(fd, &st));
	return (unsigned long long)st.st_ino;
}

/* NS_GET_NSTYPE, skipping where the kernel lacks it (Linux 4.11: ENOTTY
   from an older nsfs, ENOSYS/EINVAL from an emulator). */
#define ns_type(fd) ns_type_at(__FILE__, __LINE__, (fd))
static inline int ns_type_at(const char *file, int line, int fd)
{
	int t = ioctl(fd, NS_GET_NSTYPE);
	if (t == -1 && (errno == ENOTTY || errno == ENOSYS || errno == EINVAL))
		ft_skip("NS_GET_NSTYPE not supported here (%s; added in Linux 4.11)",
			ft_errno_name(errno));
	return FT_SYS_AT(file, line, t);
}

static inline void ns_write_file_at(const char *file, int line,
				    const char *path, const char *text,
				    int optional)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd == -1 && optional && errno == ENOENT)
		return;
	FT_SYS_AT(file, line, fd);
	ssize_t n = write(fd, text, strlen(text));
	int e = errno;
	close(fd);
	errno = e;
	if (n != (ssize_t)strlen(text))
		ft_fail_(file, line, path, "the whole map written", "short or -1",
			 n == -1 ? e : -1, "cannot write \"%s\" to %s", text,
			 path);
}

/*
 * Makes the calling process - single-threaded, as a point's process is -
 * the holder of every capability in a new user namespace that also owns
 * new namespaces of the kinds in extra (CLONE_NEWNS, CLONE_NEWUTS ...):
 * unshare(CLONE_NEWUSER | extra), then its uid and gid mapped to 0 there,
 * setgroups denied first as an unprivileged writer of gid_map must
 * (user_namespaces(7) "User and group ID mappings").  Returns 0, or the
 * errno of unshare where the environment allows no user namespace
 * (unprivileged ones disabled by sysctl, seccomp, a sandbox, qemu-user).
 */
#define ns_try_userns(extra) ns_try_userns_at(__FILE__, __LINE__, (extra))
static inline int ns_try_userns_at(const char *file, int line, int extra)
{
	char map[64];
	unsigned uid = (unsigned)geteuid(), gid = (unsigned)getegid();
	if (unshare(CLONE_NEWUSER | extra) == -1)
		return errno;
	ns_write_file_at(file, line, "/proc/self/setgroups", "deny", 1);
	snprintf(map, sizeof map, "0 %u 1", uid);
	ns_write_file_at(file, line, "/proc/self/uid_map", map, 0);
	snprintf(map, sizeof map, "0 %u 1", gid);
	ns_write_file_at(file, line, "/proc/self/gid_map", map, 0);
	return 0;
}

/* ns_try_userns, skipping the point where no user namespace can be had. */
#define ns_enter_userns(extra) ns_enter_userns_at(__FILE__, __LINE__, (extra))
static inline void ns_enter_userns_at(const char *file, int line, int extra)
{
	ft_require(FT_NEEDS_PROC);
	int e = ns_try_userns_at(file, line, extra);
	if (e)
		ft_skip("needs a user namespace: unshare(CLONE_NEWUSER) fails "
			"with %s here (%s)", ft_errno_name(e),
			e == EINVAL ? "the process is multithreaded, as under "
				      "qemu-user" :
				      "user_namespaces(7): disabled or denied");
}

/*
 * A child in namespaces of its own: ns_child_start forks a child that
 * enters a new user namespace owning new namespaces of the kinds in extra
 * (ns_enter_userns), runs setup() there if given, and then waits; it
 * returns once the child is ready.  ns_child_release lets it exit and
 * reaps it.  Where the child cannot have a user namespace its skip ends
 * the point.
 */
struct ns_child {
	pid_t pid;
	int hold; /* closing it releases the child */
};
#define ns_child_start(c, extra, setup)                                      \
	ns_child_start_at(__FILE__, __LINE__, (c), (extra), (setup))
static inline void ns_child_start_at(const char *file, int line,
				     struct ns_child *c, int extra,
				     void (*setup)(void))
{
	int ready[2], hold[2];
	char byte;
	FT_SYS_AT(file, line, pipe2(ready, O_CLOEXEC));
	FT_SYS_AT(file, line, pipe2(hold, O_CLOEXEC));
	c->pid = ft_fork_at(file, line);
	if (c->pid == 0) {
		close(ready[0]);
		close(hold[1]);
		ns_enter_userns_at(file, line, extra);
		if (setup)
			setup();
		FT_SYS_AT(file, line, write(ready[1], "r", 1));
		FT_SYS_AT(file, line, read(hold[0], &byte, 1));
		_exit(0);
	}
	close(ready[1]);
	close(hold[0]);
	c->hold = hold[1];
	ssize_t n = read(ready[0], &byte, 1);
	close(ready[0]);
	if (n != 1) {
		/* the child skipped or failed: that verdict, claimed first,
		   is the point's; this one only ends the point */
		close(c->hold);
		ft_wait_at(file, line, c->pid, 0);
		ft_fail_(file, line, "namespace child", "ready", "ended", -1,
			 "the child ended before entering its namespaces");
	}
}
#define ns_child_release(c) ns_child_release_at(__FILE__, __LINE__, (c))
static inline void ns_child_release_at(const char *file, int line,
				       struct ns_child *c)
{
	FT_SYS_AT(file, line, close(c->hold));
	int code = ft_wait_exit_at(file, line, c->pid, 0);
	if (code != 0)
		ft_fail_(file, line, "namespace child", "exit 0", "non-zero", -1,
			 "the namespace child exited with %d", code);
}

#endif
