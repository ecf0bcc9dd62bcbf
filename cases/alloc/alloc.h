/*
 * alloc.h - helpers shared by the alloc/ cases.
 */
#ifndef ALLOC_H
#define ALLOC_H
#include "fdtest.h"
#include <sys/resource.h>

/* The lowest free number above n. */
static inline int alloc_free_above(int n)
{
	int f = n + 1;
	while (ft_is_open(f))
		f++;
	return f;
}

/*
 * Make a gap: occupy the first free number above the lowest free one, so
 * that the lowest free number h lies below an open descriptor.  Returns h;
 * *plug gets the occupying descriptor (the caller closes it).  A caller that
 * gets h from its call proves the allocator filled the gap rather than
 * handing out a number above everything open.
 */
static inline int alloc_gap(int *plug)
{
	int h = ft_lowest_free();
	int src = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	*plug = FT_SYS(fcntl(src, F_DUPFD_CLOEXEC, h + 1));
	close(src);
	FT_EQ(ft_lowest_free(), h);
	FT_LT(h, *plug);
	return h;
}

/* Places n descriptors (copies of src) on the n lowest free numbers with
   dup2(), so the table is laid out without relying on the allocator under
   test; f[] gets the numbers, ascending. */
static inline void alloc_place(int src, int *f, int n)
{
	int at = ft_lowest_free();
	for (int i = 0; i < n; i++) {
		f[i] = FT_SYS(dup2(src, at));
		at = alloc_free_above(at);
	}
}

/* Lowers the soft RLIMIT_NOFILE to a small S chosen so that S-1 is free
   and above the lowest free number; returns S.  *old gets the limits to
   restore (the caller restores them before closing its descriptors). */
static inline int alloc_small_limit(struct rlimit *old)
{
	FT_SYS(getrlimit(RLIMIT_NOFILE, old));
	int s = alloc_free_above(ft_lowest_free() + 3) + 1;
	if (old->rlim_cur != RLIM_INFINITY && (rlim_t)s > old->rlim_cur)
		FT_SKIP("soft RLIMIT_NOFILE %ld is too small to leave room",
			(long)old->rlim_cur);
	struct rlimit rl = { (rlim_t)s, old->rlim_max };
	FT_SYS(setrlimit(RLIMIT_NOFILE, &rl));
	return s;
}

/* Make sure the soft RLIMIT_NOFILE is at least want (raising the hard
   limit where privileged); returns the soft limit now in force. */
static inline long alloc_raise_nofile(long want)
{
	struct rlimit rl;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &rl));
	if (rl.rlim_cur != RLIM_INFINITY && (long)rl.rlim_cur < want) {
		if (rl.rlim_max != RLIM_INFINITY && (long)rl.rlim_max < want) {
			struct rlimit up = { (rlim_t)want, (rlim_t)want };
			if (setrlimit(RLIMIT_NOFILE, &up) == 0)
				return want;
			rl.rlim_cur = rl.rlim_max;
		} else {
			rl.rlim_cur = (rlim_t)want;
		}
		FT_SYS(setrlimit(RLIMIT_NOFILE, &rl));
	}
	return rl.rlim_cur == RLIM_INFINITY ? want : (long)rl.rlim_cur;
}

#endif
