/*
 * anon.h - the descriptor types the cases in cases/anon/ cover, each made
 * by its own creation call: a fanotify group (fanotify_init(2)), a
 * userfaultfd (userfaultfd(2), and from /dev/userfaultfd, Linux 6.1), a
 * Landlock ruleset (landlock_create_ruleset(2), Linux 5.13) and a
 * memfd_secret(2) area (Linux 5.14).  anon_kinds[] lists them for tables;
 * each row's .open(flags) creates one with ANON_CLOEXEC / ANON_NONBLOCK
 * translated to the call's own flags, or skips the point naming what is
 * missing: the call (ENOSYS), the switch that disables it (Landlock at
 * boot: EOPNOTSUPP; secretmem.enable=0: ENOSYS), or the privilege.
 *
 * userfaultfd, landlock_* and memfd_secret have no wrapper in glibc 2.36
 * or musl 1.2, so they are made with syscall(); fanotify_init has one.
 */
#ifndef CASES_ANON_H
#define CASES_ANON_H

#include "fdtest.h"
#include <sys/fanotify.h>
#include <sys/ioctl.h>

/* Numbers and flags older headers lack (bullseye's glibc 2.31 and
   linux-libc-dev 5.10, musl 1.2): fixed by the kernel ABI.  Since Linux
   5.1 new calls have one number on every architecture. */
#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#define SYS_landlock_add_rule 445
#define SYS_landlock_restrict_self 446
#endif
#ifndef SYS_memfd_secret
#define SYS_memfd_secret 447
#endif
#ifndef LANDLOCK_CREATE_RULESET_VERSION
#define LANDLOCK_CREATE_RULESET_VERSION (1U << 0)
#endif
#define ANON_LL_READ_FILE (1ULL << 2) /* LANDLOCK_ACCESS_FS_READ_FILE */
struct anon_ll_attr {
	uint64_t handled_access_fs; /* struct landlock_ruleset_attr, ABI 1 */
};
#ifndef UFFD_USER_MODE_ONLY
#define UFFD_USER_MODE_ONLY 1
#endif
#ifndef USERFAULTFD_IOC_NEW
#define USERFAULTFD_IOC_NEW _IO(0xAA, 0x00)
#endif
#ifndef FAN_REPORT_FID
#define FAN_REPORT_FID 0x00000200
#endif

#define ANON_CLOEXEC 1
#define ANON_NONBLOCK 2

/* A fanotify group with init flags FAN_CLASS_NOTIF | want: a privileged
   group if allowed, else the limited one an unprivileged caller may make
   since Linux 5.13 (adding FAN_REPORT_FID).  *flags (if not NULL) gets
   the init flags used. */
static inline int anon_fanotify_group(unsigned want, unsigned event_f_flags,
				      unsigned *flags)
{
	unsigned f = FAN_CLASS_NOTIF | want;
	int fd = fanotify_init(f, event_f_flags);
	if (fd == -1 && errno == EPERM) {
		f |= FAN_REPORT_FID;
		fd = fanotify_init(f, event_f_flags);
	}
	if (fd == -1 && errno == ENOSYS)
		FT_SKIP("fanotify_init: ENOSYS (CONFIG_FANOTIFY; Linux 2.6.37)");
	if (fd == -1 && (errno == EPERM || errno == EINVAL))
		FT_SKIP("fanotify_init needs CAP_SYS_ADMIN before Linux 5.13 (%s)",
			ft_errno_name(errno));
	if (flags)
		*flags = f;
	return FT_SYS(fd);
}

static inline int anon_fanotify(int flags)
{
	return anon_fanotify_group((flags & ANON_CLOEXEC ? FAN_CLOEXEC : 0) |
				   (flags & ANON_NONBLOCK ? FAN_NONBLOCK : 0),
				   O_RDONLY, NULL);
}

static inline int anon_uffd_flags(int flags)
{
	return (flags & ANON_CLOEXEC ? O_CLOEXEC : 0) |
	       (flags & ANON_NONBLOCK ? O_NONBLOCK : 0);
}

/* userfaultfd(2); where unprivileged use is limited to user-mode faults
   (vm.unprivileged_userfaultfd=0 without CAP_SYS_PTRACE) retry with
   UFFD_USER_MODE_ONLY (Linux 5.11), and leave that flag in
   anon_uffd_extra for later calls of the point. */
static int anon_uffd_extra;
static inline int anon_userfaultfd(int flags)
{
	int f = anon_uffd_flags(flags);
	int fd = (int)syscall(SYS_userfaultfd, f);
	anon_uffd_extra = 0;
	if (fd == -1 && errno == EPERM) {
		anon_uffd_extra = UFFD_USER_MODE_ONLY;
		fd = (int)syscall(SYS_userfaultfd, f | UFFD_USER_MODE_ONLY);
	}
	if (fd == -1 && errno == ENOSYS)
		FT_SKIP("userfaultfd: ENOSYS (CONFIG_USERFAULTFD; Linux 4.3)");
	if (fd == -1 && (errno == EPERM || errno == EINVAL))
		FT_SKIP("userfaultfd needs CAP_SYS_PTRACE or vm.unprivileged_userfaultfd=1 (%s)",
			ft_errno_name(errno));
	return FT_SYS(fd);
}

/* A userfaultfd from /dev/userfaultfd's USERFAULTFD_IOC_NEW (Linux 6.1).
   The device stays open while the new descriptor is made: it is moved
   above every open number first, so that it takes no number a point
   expects the new descriptor to get. */
static inline int anon_userfaultfd_dev(int flags)
{
	int low = open("/dev/userfaultfd", O_RDWR | O_CLOEXEC);
	if (low == -1)
		FT_SKIP("needs /dev/userfaultfd (Linux 6.1) readable and writable: %s",
			ft_errno_name(errno));
	int dev = FT_SYS(fcntl(low, F_DUPFD_CLOEXEC, ft_free_run(1)));
	FT_SYS(close(low));
	int fd = ioctl(dev, USERFAULTFD_IOC_NEW, anon_uffd_flags(flags));
	int e = errno;
	close(dev);
	if (fd == -1 && (e == ENOTTY || e == EINVAL || e == ENOSYS))
		FT_SKIP("/dev/userfaultfd USERFAULTFD_IOC_NEW: %s (Linux 6.1)",
			ft_errno_name(e));
	errno = e;
	return FT_SYS(fd);
}

/* A ruleset handling file reads (no rules): the descriptor is always
   close-on-exec, whatever flags asks. */
static inline int anon_landlock(int flags)
{
	struct anon_ll_attr a = { ANON_LL_READ_FILE };
	int fd = (int)syscall(SYS_landlock_create_ruleset, &a, sizeof a, 0);
	if (fd == -1 && errno == ENOSYS)
		FT_SKIP("landlock_create_ruleset: ENOSYS (Landlock, Linux 5.13)");
	if (fd == -1 && errno == EOPNOTSUPP)
		FT_SKIP("Landlock is disabled at boot (landlock_create_ruleset: EOPNOTSUPP)");
	if (fd == -1 && errno == EPERM)
		FT_SKIP("denied: landlock_create_ruleset refused with EPERM by the environment "
			"(seccomp or policy), not a missing feature");
	return FT_SYS(fd);
}

static inline int anon_memfd_secret(int flags)
{
	int fd = (int)syscall(SYS_memfd_secret, flags & ANON_CLOEXEC ? O_CLOEXEC : 0);
	if (fd == -1 && errno == ENOSYS)
		FT_SKIP("memfd_secret: ENOSYS (Linux 5.14; off unless secretmem.enable=1 before 6.5)");
	if (fd == -1 && errno == ENOMEM)
		FT_SKIP("memfd_secret: ENOMEM (no memory for a secret area here)");
	if (fd == -1 && errno == EPERM)
		FT_SKIP("denied: memfd_secret refused with EPERM by the environment "
			"(seccomp or policy), not a missing feature");
	return FT_SYS(fd);
}

struct anon_kind {
	const char *name;
	int (*open)(int flags);
	const char *link;   /* the /proc/self/fd link text */
	int has_nonblock;   /* ANON_NONBLOCK means something */
	int always_cloexec; /* made close-on-exec whatever the flags */
};

/* memfd_secret's file is a pseudo file named "secretmem" with no path
   (kernel mm/secretmem.c), shown like a memfd's "/memfd:NAME (deleted)". */
static const struct anon_kind anon_kinds[] = {
	{ "fanotify", anon_fanotify, "anon_inode:[fanotify]", 1, 0 },
	{ "userfaultfd", anon_userfaultfd, "anon_inode:[userfaultfd]", 1, 0 },
	{ "userfaultfd_dev", anon_userfaultfd_dev, "anon_inode:[userfaultfd]", 1, 0 },
	{ "landlock", anon_landlock, "anon_inode:[landlock-ruleset]", 0, 1 },
	{ "memfd_secret", anon_memfd_secret, "/secretmem (deleted)", 0, 0 },
};

/* Makes a free gap below an open descriptor: returns the gap's number;
   *plug is the descriptor above it (close it after). */
#define anon_gap(plug) anon_gap_at(__FILE__, __LINE__, (plug))
static inline int anon_gap_at(const char *file, int line, int *plug)
{
	int gap = FT_SYS_AT(file, line, open("/dev/null", O_RDONLY | O_CLOEXEC));
	*plug = FT_SYS_AT(file, line, open("/dev/null", O_RDONLY | O_CLOEXEC));
	FT_SYS_AT(file, line, close(gap));
	if (ft_lowest_free() != gap)
		ft_fail_(file, line, "ft_lowest_free()", "the gap", "other", -1,
			 "descriptor %d was closed but is not the lowest free", gap);
	return gap;
}

#endif
