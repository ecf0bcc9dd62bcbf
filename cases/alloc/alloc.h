/*
 * alloc.h - helpers shared by the alloc/ cases.
 */
#ifndef ALLOC_H
#define ALLOC_H
#include "fdtest.h"
#include <sys/resource.h>
#include <sys/un.h>

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
	ft_close(&src);
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

/*
 * The *_takes_lowest cases: one creating call, checked at a gap.
 *
 * .create(flags, held, fds) makes the call under test with its creation
 * flags, puts the new descriptor in fds[0] (a pipe or socket pair: both
 * ends in fds[0], fds[1]) and returns how many it made; it may skip the
 * point where the call or a flag is missing (FT_NEED_CALL, FT_NEED_FLAG).
 * .prep(held), if not NULL, runs before the gap is made and opens what
 * the call needs (a listener and connections queued on it) into held[],
 * so that those descriptors cannot take the gap.
 */
struct alloc_held {
	int fd[4];
};
static inline void alloc_held_close_(struct alloc_held *h)
{
	for (int i = 0; i < 4; i++)
		ft_close_fd_(&h->fd[i]);
}
#define ALLOC_HELD __attribute__((cleanup(alloc_held_close_))) struct alloc_held
struct alloc_call {
	int (*create)(int flags, const int *held, int fds[2]);
	void (*prep)(int *held);
};

/* Descriptors placed on every free number below a minimum, released
   when the variable leaves its scope. */
#define ALLOC_FILL_MAX 1100
struct alloc_fill {
	int n;
	int fd[ALLOC_FILL_MAX];
};
static inline void alloc_unfill_(struct alloc_fill *f)
{
	/* fd[1..n-1] ascend: close each run of consecutive numbers at once */
	for (int i = 1, run = 1; i < f->n; i = run) {
		while (run < f->n && f->fd[run] == f->fd[i] + (run - i))
			run++;
		ft_close_range((unsigned)f->fd[i], (unsigned)f->fd[run - 1], 0);
	}
	if (f->n > 0)
		ft_close_fd_(&f->fd[0]);
}
#define ALLOC_FILL __attribute__((cleanup(alloc_unfill_))) struct alloc_fill

/*
 * A gap whose number is at least min: every free number below min is
 * occupied first (raising the soft RLIMIT_NOFILE where it is lower than
 * min + 64; the point skips where the hard limit leaves no room), then
 * alloc_gap() makes the gap at the lowest free number.  Returns the gap.
 */
static inline int alloc_gap_above(struct alloc_fill *fill, int *plug, int min)
{
	fill->n = 0;
	if (min > 0 && ft_lowest_free() < min) {
		long lim = alloc_raise_nofile(min + 64);
		if (lim < min + 3)
			FT_SKIP("RLIMIT_NOFILE %ld leaves no free number above %d",
				lim, min - 1);
		fill->fd[fill->n++] =
			FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
		for (int at = ft_lowest_free(); at < min && fill->n < ALLOC_FILL_MAX;
		     at = alloc_free_above(at))
			fill->fd[fill->n++] = FT_SYS(dup3(fill->fd[0], at, O_CLOEXEC));
	}
	int gap = alloc_gap(plug);
	FT_GE(gap, min);
	return gap;
}

static inline void alloc_eq_at(const char *file, int line, const char *what,
			       int got, int want)
{
	if (got != want) {
		char w[32], o[32];
		snprintf(w, sizeof w, "%d", want);
		snprintf(o, sizeof o, "%d", got);
		ft_fail_(file, line, what, w, o, -1,
			 "the new descriptor is not the lowest free number");
	}
}

/* The call with flags fills a gap at the lowest free number >= min; a
   second end (a pipe, a socket pair) takes the next free number above. */
#define alloc_fills_gap(call, flags, min)                                    \
	alloc_fills_gap_at(__FILE__, __LINE__, (call), (flags), (min))
static inline void alloc_fills_gap_at(const char *file, int line,
				      const struct alloc_call *call, int flags,
				      int min)
{
	ALLOC_HELD held = { { -1, -1, -1, -1 } };
	if (call->prep)
		call->prep(held.fd);
	ALLOC_FILL fill;
	FT_FD int plug = -1;
	int gap = alloc_gap_above(&fill, &plug, min);
	int next = alloc_free_above(gap);
	FT_FDS int fds[2] = FT_NO_FDS;
	int n = call->create(flags, held.fd, fds);
	int lo = n == 2 && fds[1] < fds[0] ? 1 : 0;
	alloc_eq_at(file, line, "new descriptor", fds[lo], gap);
	if (n == 2)
		alloc_eq_at(file, line, "other end", fds[1 - lo], next);
}

/* A first call (flags_a) fills the gap, a second (flags_b) takes the next
   free number above it. */
#define alloc_second_call(call, flags_a, flags_b)                            \
	alloc_second_call_at(__FILE__, __LINE__, (call), (flags_a), (flags_b))
static inline void alloc_second_call_at(const char *file, int line,
					const struct alloc_call *call,
					int flags_a, int flags_b)
{
	ALLOC_HELD held = { { -1, -1, -1, -1 } };
	if (call->prep)
		call->prep(held.fd);
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FDS int first[2] = FT_NO_FDS;
	FT_FDS int second[2] = FT_NO_FDS;
	call->create(flags_a, held.fd, first);
	alloc_eq_at(file, line, "first descriptor", first[0], gap);
	int want = alloc_free_above(gap);
	call->create(flags_b, held.fd, second);
	alloc_eq_at(file, line, "second descriptor", second[0], want);
}

/* Rows of a creation-flag table. */
struct alloc_flag_row {
	const char *name;
	int flags;
};
/* The common table: no flag, the close-on-exec and non-blocking flags
   alone, both together. */
#define ALLOC_FLAG_ROWS(cloexec, nonblock)                                   \
	static const struct alloc_flag_row alloc_flag_rows[] = {             \
		{ "none", 0 },                                               \
		{ "cloexec", (cloexec) },                                    \
		{ "nonblock", (nonblock) },                                  \
		{ "all", (cloexec) | (nonblock) },                           \
	}

/* Gaps at the boundaries: the lowest free number above 63 (past the
   first word of the kernel's bitmap of open descriptors) and above 1023
   (past the default soft RLIMIT_NOFILE and the first table growth). */
static const struct alloc_place_row {
	const char *name;
	int min;
} alloc_places[] = { { "63", 64 }, { "1023", 1024 } };

/* The rows every *_takes_lowest case has: fills_gap_above_63 and
   fills_gap_above_1023 (the call with flags), and fills_gap_flags_ROW
   for each row of a creation-flag table. */
#define ALLOC_ROWS_ABOVE(call, flags)                                        \
	FT_TABLE(fills_gap_above, alloc_places)                              \
	{                                                                    \
		alloc_fills_gap((call), (flags), row->min);                  \
	}
#define ALLOC_ROWS_FLAGS(call, rows)                                         \
	FT_TABLE(fills_gap_flags, rows)                                      \
	{                                                                    \
		alloc_fills_gap((call), row->flags, 0);                      \
	}

/* A listening UNIX stream socket "s" in the scratch directory with two
   connections queued: held[0] the listener, held[1..2] the clients. */
static inline void alloc_listener(int *held)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX, .sun_path = "s" };
	held[0] = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(bind(held[0], (struct sockaddr *)&a, sizeof a));
	FT_SYS(listen(held[0], 4));
	for (int i = 1; i <= 2; i++) {
		held[i] = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
		FT_SYS(connect(held[i], (struct sockaddr *)&a, sizeof a));
	}
}

/* open() and openat() flags: the access modes, each creation flag alone
   and several together.  Rows that create open "f" in the scratch
   directory (a new file: O_EXCL holds), the others /dev/null. */
#define ALLOC_OPEN_FLAG_ROWS                                                 \
	static const struct alloc_flag_row alloc_open_rows[] = {             \
		{ "rdonly", O_RDONLY },                                      \
		{ "wronly_append", O_WRONLY | O_APPEND },                    \
		{ "cloexec", O_RDONLY | O_CLOEXEC },                         \
		{ "nonblock", O_RDONLY | O_NONBLOCK },                       \
		{ "path", O_PATH },                                          \
		{ "trunc", O_WRONLY | O_TRUNC },                             \
		{ "creat_excl", O_RDWR | O_CREAT | O_EXCL },                 \
		{ "all", O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC |             \
				 O_NONBLOCK | O_APPEND | O_TRUNC },          \
	}
static inline const char *alloc_open_path(int flags)
{
	return flags & O_CREAT ? "f" : "/dev/null";
}

/* The call under test for a case whose call makes one descriptor with no
   preparation: expr, with "flags" in it, e.g.
   ALLOC_CALL_ONE(eventfd(1, flags)) defines "call". */
#define ALLOC_CALL_ONE(expr)                                                 \
	static int alloc_create_(int flags, const int *held, int fds[2])     \
	{                                                                    \
		fds[0] = FT_SYS(expr);                                       \
		return 1;                                                    \
	}                                                                    \
	static const struct alloc_call call = { alloc_create_, NULL }

/* The points most *_takes_lowest cases have: fills_gap (the call with
   flags fills a gap) and second_call_takes_next_free (flags_a fills it,
   flags_b takes the next free number). */
#define ALLOC_GAP_POINTS(call, flags, flags_a, flags_b)                      \
	FT_POINT(fills_gap)                                                  \
	{                                                                    \
		alloc_fills_gap((call), (flags), 0);                         \
	}                                                                    \
	FT_POINT(second_call_takes_next_free)                                \
	{                                                                    \
		alloc_second_call((call), (flags_a), (flags_b));             \
	}

#endif
