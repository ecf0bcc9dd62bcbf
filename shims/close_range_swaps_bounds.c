/*
 * shim close_range_swaps_bounds: close_range() with first > last closes
 * [last, first] instead of failing with EINVAL, as a lenient
 * reimplementation might; everything else is passed through.
 *
 * fdsuite-targets: close/close_range_einval
 */
#include <dlfcn.h>
#include <unistd.h>

int close_range(unsigned int first, unsigned int last, int flags)
{
	static int (*real)(unsigned int, unsigned int, int);
	if (!real)
		real = (int (*)(unsigned int, unsigned int, int))dlsym(
			RTLD_NEXT, "close_range");
	if (first > last)
		return real(last, first, flags);
	return real(first, last, flags);
}
