/*
 * shim limits_hard_unchecked: setrlimit()/prlimit() on RLIMIT_NOFILE never
 * refuse: where the kernel says EPERM (hard limit raised without
 * privilege, or above /proc/sys/fs/nr_open) or EINVAL (soft above hard),
 * the call reports success and getrlimit() reports the requested values,
 * like an emulator that skips the permission and range checks.  It also
 * presents a root process as holding CAP_SYS_RESOURCE (CapEff in
 * /proc/self/status), as a fake-root environment would, so that cases
 * which need that capability run instead of skipping.
 *
 * fdsuite-targets: limits/setrlimit_nr_open_eperm
 * fdsuite-targets: limits/unprivileged_hard_raise_eperm
 * fdsuite-targets: limits/raise_soft_limit
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <unistd.h>

typedef int (*getr_t)(int, struct rlimit *);
typedef int (*setr_t)(int, const struct rlimit *);

static int have;
static struct rlimit rec;

#define GET_LIKE(name, RL)                                                  \
	int name(__rlimit_resource_t res, struct RL *rl)                                \
	{                                                                   \
		struct rlimit *r_ = (struct rlimit *)rl;                    \
		if (res == RLIMIT_NOFILE && have) {                         \
			*r_ = rec;                                          \
			return 0;                                           \
		}                                                           \
		return ((getr_t)dlsym(RTLD_NEXT, #name))(res, r_);          \
	}
GET_LIKE(getrlimit, rlimit)
GET_LIKE(getrlimit64, rlimit64)

#define SET_LIKE(name, RL)                                                  \
	int name(__rlimit_resource_t res, const struct RL *rl)                          \
	{                                                                   \
		const struct rlimit *r_ = (const struct rlimit *)rl;        \
		int r = ((setr_t)dlsym(RTLD_NEXT, #name))(res, r_);         \
		if (res != RLIMIT_NOFILE)                                   \
			return r;                                           \
		if (r == -1 && (errno == EPERM || errno == EINVAL)) {       \
			rec = *r_;                                          \
			have = 1;                                           \
			return 0;                                           \
		}                                                           \
		if (r == 0)                                                 \
			have = 0;                                           \
		return r;                                                   \
	}
SET_LIKE(setrlimit, rlimit)
SET_LIKE(setrlimit64, rlimit64)

/* /proc/self/status with CAP_SYS_RESOURCE (bit 24) added to CapEff. */
static int fake_status(int (*real)(const char *, int, ...), int flags)
{
	char buf[8192];
	int fd = real("/proc/self/status", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return fd;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	char *p = strstr(buf, "CapEff:\t");
	if (p) {
		p += 8;
		unsigned long long eff = strtoull(p, NULL, 16) | (1ULL << 24);
		char hex[17];
		snprintf(hex, sizeof hex, "%016llx", eff);
		memcpy(p, hex, 16);
	}
	int m = memfd_create("status", (flags & O_CLOEXEC) ? MFD_CLOEXEC : 0);
	if (m < 0)
		return m;
	if (write(m, buf, (size_t)n) != n || lseek(m, 0, SEEK_SET) != 0) {
		close(m);
		return -1;
	}
	return m;
}

#define OPEN_LIKE(name)                                                     \
	int name(const char *path, int flags, ...)                          \
	{                                                                   \
		int (*real)(const char *, int, ...) =                       \
			(int (*)(const char *, int, ...))dlsym(RTLD_NEXT, #name); \
		va_list ap;                                                 \
		va_start(ap, flags);                                        \
		int mode = (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE \
				   ? va_arg(ap, int)                        \
				   : 0;                                     \
		va_end(ap);                                                 \
		if (geteuid() == 0 && strcmp(path, "/proc/self/status") == 0) \
			return fake_status(real, flags);                    \
		return real(path, flags, mode);                             \
	}
OPEN_LIKE(open)
OPEN_LIKE(open64)
