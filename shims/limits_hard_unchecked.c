/*
 * shim limits_hard_unchecked: setrlimit()/prlimit() on RLIMIT_NOFILE never
 * refuse: where the kernel says EPERM (hard limit raised without
 * privilege, or above /proc/sys/fs/nr_open) or EINVAL (soft above hard),
 * the call reports success and getrlimit() reports the requested values,
 * like an emulator that skips the permission and range checks.  It also
 * presents a root process as holding CAP_SYS_RESOURCE (in what capget()
 * reports), as a fake-root environment would, so that cases which need
 * that capability run instead of skipping.
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
#include <linux/capability.h>
#include <sys/syscall.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <unistd.h>

#include "next.h"
#include "syscall_hook.h"

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

/* capget() (cases make it through syscall(): glibc has no wrapper) with
   CAP_SYS_RESOURCE added to the effective set of a root process. */
static long on_syscall(long nr, long a[6])
{
	long r = real_syscall(nr, a);
	if (nr == SYS_capget && r == 0 && geteuid() == 0 && a[1]) {
		struct __user_cap_data_struct *d = (void *)a[1];
		d[CAP_SYS_RESOURCE / 32].effective |= 1u << (CAP_SYS_RESOURCE % 32);
	}
	return r;
}
