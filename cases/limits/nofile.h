/*
 * nofile.h - helpers shared by the limits/ cases.
 *
 * The points change RLIMIT_NOFILE only in their own (disposable) process
 * and restore it before closing their descriptors, so that the library's
 * leak check after the point can open /proc/self/fd again.
 */
#ifndef CASES_NOFILE_H
#define CASES_NOFILE_H
#include "fdtest.h"
#include <sys/resource.h>

/* Sets the soft RLIMIT_NOFILE to n, hard unchanged; *old gets the limits
   in force before (for lim_restore). */
static inline void lim_soft(long n, struct rlimit *old)
{
	FT_SYS(getrlimit(RLIMIT_NOFILE, old));
	struct rlimit rl = { (rlim_t)n, old->rlim_max };
	FT_SYS(setrlimit(RLIMIT_NOFILE, &rl));
}

static inline void lim_restore(const struct rlimit *old)
{
	FT_SYS(setrlimit(RLIMIT_NOFILE, old));
}

/* Table full: the soft limit becomes the lowest free number, so every
   number below it is open and nothing can be created.  Returns it. */
static inline int lim_full(struct rlimit *old)
{
	int l = ft_lowest_free();
	lim_soft(l, old);
	return l;
}

/* Exactly one number, the returned one, can still be created. */
static inline int lim_one_slot(struct rlimit *old)
{
	int l = ft_lowest_free();
	lim_soft(l + 1, old);
	return l;
}

/* A scratch file holding content, at a free number some 20 above the
   lowest free one (or just below the soft limit where that is lower), so
   that a soft limit set just above the lowest free number leaves it far
   outside. */
static inline int lim_high_fd(const char *content)
{
	long lim = sysconf(_SC_OPEN_MAX);
	int h = ft_lowest_free() + 20;
	if (lim > 0 && h >= lim)
		h = (int)lim - 1;
	while ((lim <= 0 || h < lim) && ft_is_open(h))
		h++;
	if ((lim > 0 && h >= lim) || h < ft_lowest_free() + 8)
		FT_SKIP("RLIMIT_NOFILE %ld leaves no free number well above the "
			"lowest free one (%d)", lim, ft_lowest_free());
	int fd = ft_tmpfile(content, NULL);
	FT_SYS(dup2(fd, h));
	close(fd);
	return h;
}

/* The soft limit now in force. */
static inline long lim_cur(void)
{
	struct rlimit rl;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &rl));
	return rl.rlim_cur == RLIM_INFINITY ? -1 : (long)rl.rlim_cur;
}

/* Makes sure the soft limit is at least want (raising the hard limit where
   privileged); skips the point when the hard limit cannot be raised. */
static inline void lim_at_least(long want)
{
	struct rlimit rl;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &rl));
	if (rl.rlim_cur == RLIM_INFINITY || (long)rl.rlim_cur >= want)
		return;
	if (rl.rlim_max != RLIM_INFINITY && (long)rl.rlim_max < want) {
		struct rlimit up = { (rlim_t)want, (rlim_t)want };
		if (setrlimit(RLIMIT_NOFILE, &up) == 0)
			return;
		FT_SKIP("needs RLIMIT_NOFILE of %ld; the hard limit is %ld and "
			"cannot be raised here", want, (long)rl.rlim_max);
	}
	rl.rlim_cur = (rlim_t)want;
	FT_SYS(setrlimit(RLIMIT_NOFILE, &rl));
}

#endif
