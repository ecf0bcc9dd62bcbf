/*
 * pty.h - functions shared by the pty/ cases: UNIX 98 pseudoterminal pairs
 * made the way applications make them (posix_openpt, grantpt, unlockpt,
 * ptsname, open; or the TIOCGPTPEER ioctl).
 */
#ifndef CASES_PTY_H
#define CASES_PTY_H

#include "fdtest.h"
#include "../nsfs/nsfs.h"
#include <poll.h>
#include <sys/mount.h>
#include <sys/ioctl.h>
#include <termios.h>

#ifndef TIOCGPTPEER
#define TIOCGPTPEER _IO('T', 0x41) /* Linux 4.13; older headers lack it */
#endif

/* posix_openpt(flags), skipping where the sandbox has no pseudoterminal
   multiplexor (/dev/ptmx or devpts missing: ENOENT, ENODEV, ENXIO). */
#define pty_master(flags) pty_master_at(__FILE__, __LINE__, (flags))
static inline int pty_master_at(const char *file, int line, int flags)
{
	int m = posix_openpt(flags);
	if (m == -1 && (errno == ENOENT || errno == ENODEV || errno == ENXIO))
		ft_skip("needs /dev/ptmx: posix_openpt fails with %s here "
			"(no pseudoterminal multiplexor or devpts in this sandbox)",
			ft_errno_name(errno));
	return FT_SYS_AT(file, line, m);
}

/* grantpt and unlockpt on master m, checked; returns its slave's name. */
#define pty_unlock(m) pty_unlock_at(__FILE__, __LINE__, (m))
static inline const char *pty_unlock_at(const char *file, int line, int m)
{
	static char name[128];
	FT_SYS_AT(file, line, grantpt(m));
	FT_SYS_AT(file, line, unlockpt(m));
	int e = ptsname_r(m, name, sizeof name);
	if (e != 0)
		ft_fail_(file, line, "ptsname_r", "0", "an error", e,
			 "ptsname_r failed: %s", ft_errno_name(e));
	return name;
}

/* A new master (flags as for posix_openpt), unlocked; its slave's name
   in *name if name is not NULL. */
#define pty_open_master(flags, name) pty_open_master_at(__FILE__, __LINE__, (flags), (name))
static inline int pty_open_master_at(const char *file, int line, int flags,
				     const char **name)
{
	int m = pty_master_at(file, line, flags);
	const char *n = pty_unlock_at(file, line, m);
	if (name)
		*name = n;
	return m;
}

/* The slave of unlocked master m opened by its name (O_RDWR | O_NOCTTY |
   flags). */
#define pty_open_slave(m, flags) pty_open_slave_at(__FILE__, __LINE__, (m), (flags))
static inline int pty_open_slave_at(const char *file, int line, int m,
				    int flags)
{
	char name[128];
	int e = ptsname_r(m, name, sizeof name);
	if (e != 0)
		ft_fail_(file, line, "ptsname_r", "0", "an error", e,
			 "ptsname_r failed: %s", ft_errno_name(e));
	return FT_SYS_AT(file, line, open(name, O_RDWR | O_NOCTTY | flags));
}

/* ioctl(m, TIOCGPTPEER, flags), skipping where the kernel or an emulator
   lacks it (Linux 4.13; ENOTTY from an older tty layer, ENOSYS or EINVAL
   from an emulator that does not translate it). */
#define pty_peer(m, flags) pty_peer_at(__FILE__, __LINE__, (m), (flags))
static inline int pty_peer_at(const char *file, int line, int m, int flags)
{
	int s = ioctl(m, TIOCGPTPEER, flags);
	if (s == -1 && (errno == ENOTTY || errno == ENOSYS || errno == EINVAL))
		ft_skip("TIOCGPTPEER not supported here (%s; added in Linux 4.13)",
			ft_errno_name(errno));
	return FT_SYS_AT(file, line, s);
}

/* What a zero-timeout poll(POLLIN) reports for fd right now: its revents,
   0 when nothing is pending.  The poll is checked. */
#define pty_revents(fd) pty_revents_at(__FILE__, __LINE__, (fd))
static inline int pty_revents_at(const char *file, int line, int fd)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	int n = FT_SYS_AT(file, line, poll(&p, 1, 0));
	return n == 0 ? 0 : p.revents;
}

/* Open flags for TIOCGPTPEER: each of O_CLOEXEC and O_NONBLOCK alone and
   together. */
static const struct { const char *name; int flags; } pty_peer_flag_rows[] = {
	{ "rdwr", O_RDWR | O_NOCTTY },
	{ "cloexec", O_RDWR | O_NOCTTY | O_CLOEXEC },
	{ "nonblock", O_RDWR | O_NOCTTY | O_NONBLOCK },
	{ "all", O_RDWR | O_NOCTTY | O_CLOEXEC | O_NONBLOCK },
};

/* The slave ends of a pair: opened by name, or through TIOCGPTPEER. */
struct pty_slave_kind {
	const char *name;
	int peer;
};
static const struct pty_slave_kind pty_slave_kinds[] = {
	{ "by_name", 0 },
	{ "by_peer", 1 },
};
#define pty_slave_of(k, m, flags) pty_slave_of_at(__FILE__, __LINE__, (k), (m), (flags))
static inline int pty_slave_of_at(const char *file, int line,
				  const struct pty_slave_kind *k, int m,
				  int flags)
{
	if (k->peer)
		return pty_peer_at(file, line, m, O_RDWR | O_NOCTTY | flags);
	return pty_open_slave_at(file, line, m, flags);
}

/*
 * A master in a devpts instance of the point's own, for checks on slave
 * names: in the shared /dev/pts a number freed by one master's close can
 * be taken at once by any other process's new master, so "the name is
 * gone" is only observable where no one else allocates.  Enters a user
 * and mount namespace (skipping where none can be had), mounts a new
 * devpts instance on "pts" in the scratch directory (pts(4); devpts can
 * be mounted in a user namespace), opens "pts/ptmx" with flags, unlocks
 * the slave and returns the master; *name gets the slave's path there
 * ("pts/N", from TIOCGPTN: ptsname() would name /dev/pts).
 */
#ifndef TIOCGPTN
#define TIOCGPTN _IOR('T', 0x30, unsigned int)
#endif
#define pty_private_master(flags, name)                                      \
	pty_private_master_at(__FILE__, __LINE__, (flags), (name))
static inline int pty_private_master_at(const char *file, int line, int flags,
					char **name)
{
	static char path[64];
	unsigned n = 0;
	ns_enter_userns_at(file, line, CLONE_NEWNS);
	FT_SYS_AT(file, line, mkdir("pts", 0755));
	if (mount("devpts", "pts", "devpts", 0, "newinstance,ptmxmode=0666") == -1)
		ft_skip("needs a devpts instance of its own: mount(devpts) fails "
			"with %s here", ft_errno_name(errno));
	int m = FT_SYS_AT(file, line, open("pts/ptmx", flags));
	FT_SYS_AT(file, line, unlockpt(m));
	FT_SYS_AT(file, line, ioctl(m, TIOCGPTN, &n));
	snprintf(path, sizeof path, "pts/%u", n);
	*name = path;
	return m;
}

#endif
