/*
 * shim close_range_exclusive: close_range() treats last as exclusive, so
 * it acts on [first, last) instead of [first, last]: the last descriptor
 * of every range is left open (or unmarked), and a range of one does
 * nothing.  Argument checks and flags are otherwise passed through.
 *
 * fdsuite-targets: close/close_range_exact close/close_range_gaps
 * fdsuite-targets: close/close_range_cloexec_marks close/close_range_unshare
 * fdsuite-targets: close/close_range_shared_table close/close_range_cloexec_unshare
 * fdsuite-targets: close/close_range_releases_like_close
 */
#include <dlfcn.h>
#include <errno.h>
#include <unistd.h>

int close_range(unsigned int first, unsigned int last, int flags)
{
	static int (*real)(unsigned int, unsigned int, int);
	if (!real)
		real = (int (*)(unsigned int, unsigned int, int))dlsym(
			RTLD_NEXT, "close_range");
	if ((flags & ~6) || first > last) { /* unknown flag, bad range */
		errno = EINVAL;
		return -1;
	}
	if (first == last)
		return 0;
	return real(first, last - 1, flags);
}
