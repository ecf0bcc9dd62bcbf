/*
 * shim limits_nofile_not_enforced: setrlimit()/prlimit() on RLIMIT_NOFILE
 * are validated and remembered (getrlimit() reports the new values) but
 * never applied, so the limit is not enforced: creation never fails with
 * EMFILE and poll() accepts any nfds, as
 * in an emulator that only stores the values a program sets.
 *
 * fdsuite-targets: limits/open_emfile limits/dup_emfile limits/pipe_emfile
 * fdsuite-targets: limits/socket_emfile limits/event_fds_emfile
 * fdsuite-targets: limits/raise_soft_limit limits/lowered_limit_keeps_fds
 * fdsuite-targets: limits/high_fd_dup_down limits/limit_bounds_numbers
 * fdsuite-targets: limits/poll_nfds_limit
 * fdsuite-targets: limits/fork_inherits_limit limits/prlimit_nofile
 * fdsuite-targets: alloc/fdupfd_limit_einval alloc/dup2_above_limit_ebadf
 */
#include <dlfcn.h>
#include <errno.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <unistd.h>

typedef int (*getr_t)(int, struct rlimit *);
typedef int (*prl_t)(pid_t, int, const struct rlimit *, struct rlimit *);

static int have;
static struct rlimit rec;

static int get_nofile(struct rlimit *rl)
{
	if (have) {
		*rl = rec;
		return 0;
	}
	return ((getr_t)dlsym(RTLD_NEXT, "getrlimit"))(RLIMIT_NOFILE, rl);
}

static int set_nofile(const struct rlimit *rl)
{
	struct rlimit cur;
	if (get_nofile(&cur) != 0)
		return -1;
	if (rl->rlim_cur > rl->rlim_max) {
		errno = EINVAL;
		return -1;
	}
	if (rl->rlim_max > cur.rlim_max && geteuid() != 0) {
		errno = EPERM;
		return -1;
	}
	rec = *rl;
	have = 1;
	return 0;
}

#define GET_LIKE(name, RL)                                                  \
	int name(__rlimit_resource_t res, struct RL *rl)                                \
	{                                                                   \
		struct rlimit *r_ = (struct rlimit *)rl;                    \
		if (res == RLIMIT_NOFILE)                                   \
			return get_nofile(r_);                              \
		return ((getr_t)dlsym(RTLD_NEXT, #name))(res, r_);          \
	}
GET_LIKE(getrlimit, rlimit)
GET_LIKE(getrlimit64, rlimit64)

#define SET_LIKE(name, RL)                                                  \
	int name(__rlimit_resource_t res, const struct RL *rl)                          \
	{                                                                   \
		const struct rlimit *r_ = (const struct rlimit *)rl;        \
		if (res == RLIMIT_NOFILE)                                   \
			return set_nofile(r_);                              \
		return ((int (*)(int, const struct rlimit *))dlsym(         \
			RTLD_NEXT, #name))(res, r_);                        \
	}
SET_LIKE(setrlimit, rlimit)
SET_LIKE(setrlimit64, rlimit64)

#define PRLIMIT_LIKE(name, RL)                                              \
	int name(pid_t pid, __rlimit_resource_t res, const struct RL *nw,   \
		 struct RL *old)                                        \
	{                                                                   \
		const struct rlimit *n_ = (const struct rlimit *)nw;        \
		struct rlimit *o_ = (struct rlimit *)old;                   \
		if (res != RLIMIT_NOFILE || (pid != 0 && pid != getpid()))  \
			return ((prl_t)dlsym(RTLD_NEXT, #name))(pid, res,   \
								n_, o_);    \
		struct rlimit prev;                                         \
		if (get_nofile(&prev) != 0)                                 \
			return -1;                                          \
		if (n_ && set_nofile(n_) != 0)                              \
			return -1;                                          \
		if (o_)                                                     \
			*o_ = prev;                                         \
		return 0;                                                   \
	}
PRLIMIT_LIKE(prlimit, rlimit)
PRLIMIT_LIKE(prlimit64, rlimit64)
