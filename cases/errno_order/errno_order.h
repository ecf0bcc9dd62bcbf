/*
 * errno_order.h - calls to which two errors apply at once.
 *
 * Where a man page decides which error is returned, the point checks it
 * with FT_ERRNO like any other.  Where only the kernel's code decides (the
 * order of its checks), EO_KERNEL_ORDER expects the error Linux returns,
 * but takes the other applicable error as a reported difference: the
 * point passes and says so in an ft_note line naming the kernel function
 * whose order decides.  Any third outcome, or success, fails the point.
 */
#ifndef ERRNO_ORDER_H
#define ERRNO_ORDER_H
#include "fdtest.h"
#include <sys/resource.h>

#define EO_KERNEL_ORDER(expr, want, other, source)                           \
	do {                                                                 \
		errno = 0;                                                   \
		long long eo_r_ = (long long)(expr);                         \
		int eo_e_ = errno;                                           \
		eo_kernel_order_(__FILE__, __LINE__, #expr, eo_r_, eo_e_,    \
				 (want), (other), (source));                 \
	} while (0)

static inline void eo_kernel_order_(const char *file, int line,
				    const char *call, long long r, int e,
				    int want, int other, const char *source)
{
	if (r == -1 && e == want)
		return;
	if (r == -1 && e == other) {
		ft_note("difference: %s gave %s where Linux gives %s; both "
			"errors apply and only the kernel's order decides (%s)",
			call, ft_errno_name(e), ft_errno_name(want), source);
		return;
	}
	ft_fail_errno_(file, line, call, want, r, e);
}

/* An address no process can read or write. */
#define EO_BAD_PTR ((void *)1)

/* A number that is not an open descriptor, and the one above it is not
   either (points use n + 1 as a second free number). */
static inline int eo_closed_fd(void)
{
	return ft_free_run(2);
}

/* The soft RLIMIT_NOFILE, checked. */
static inline int eo_nofile(void)
{
	struct rlimit rl;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &rl));
	return rl.rlim_cur > 0x7fffffff ? 0x7fffffff : (int)rl.rlim_cur;
}

#endif
