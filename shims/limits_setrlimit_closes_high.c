/*
 * shim limits_setrlimit_closes_high: lowering the soft RLIMIT_NOFILE
 * (setrlimit or prlimit on the caller) closes every descriptor numbered
 * at or above the new limit, as an emulator that shrinks its descriptor
 * table to the limit would.  Existing descriptors above a lowered limit
 * are then gone instead of staying usable.
 *
 * fdsuite-targets: limits/lowered_limit_keeps_fds limits/high_fd_dup_down
 */
#include <dlfcn.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

typedef int (*setr_t)(int, const struct rlimit *);
typedef int (*prl_t)(pid_t, int, const struct rlimit *, struct rlimit *);

static void shrink(const struct rlimit *rl)
{
	if (rl->rlim_cur == RLIM_INFINITY)
		return;
	for (long fd = (long)rl->rlim_cur; fd < 65536; fd++)
		syscall(SYS_close, (int)fd);
}

#define SET_LIKE(name, RL)                                                  \
	int name(__rlimit_resource_t res, const struct RL *rl)                          \
	{                                                                   \
		const struct rlimit *r_ = (const struct rlimit *)rl;        \
		int r = ((setr_t)dlsym(RTLD_NEXT, #name))(res, r_);         \
		if (r == 0 && res == RLIMIT_NOFILE)                         \
			shrink(r_);                                         \
		return r;                                                   \
	}
SET_LIKE(setrlimit, rlimit)
SET_LIKE(setrlimit64, rlimit64)

#define PRLIMIT_LIKE(name, RL)                                              \
	int name(pid_t pid, __rlimit_resource_t res, const struct RL *nw,   \
		 struct RL *old)                                        \
	{                                                                   \
		const struct rlimit *n_ = (const struct rlimit *)nw;        \
		int r = ((prl_t)dlsym(RTLD_NEXT, #name))(pid, res, n_,      \
							 (struct rlimit *)old); \
		if (r == 0 && n_ && res == RLIMIT_NOFILE &&                 \
		    (pid == 0 || pid == getpid()))                          \
			shrink(n_);                                         \
		return r;                                                   \
	}
PRLIMIT_LIKE(prlimit, rlimit)
PRLIMIT_LIKE(prlimit64, rlimit64)
