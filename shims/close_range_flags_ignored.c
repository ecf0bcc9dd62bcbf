/*
 * shim close_range_flags_ignored: close_range() drops its flags argument
 * and always closes the range in the shared table: CLOSE_RANGE_CLOEXEC
 * closes instead of marking, CLOSE_RANGE_UNSHARE does not unshare, and an
 * unknown flag is accepted (a kernel or emulator that predates the flags
 * and never checked them).
 *
 * fdsuite-targets: close/close_range_cloexec_marks close/close_range_unshare
 * fdsuite-targets: close/close_range_cloexec_unshare close/close_range_shared_table
 * fdsuite-targets: close/close_range_einval exec/close_range_cloexec_closed
 */
#include <dlfcn.h>
#include <unistd.h>

int close_range(unsigned int first, unsigned int last, int flags)
{
	static int (*real)(unsigned int, unsigned int, int);
	if (!real)
		real = (int (*)(unsigned int, unsigned int, int))dlsym(
			RTLD_NEXT, "close_range");
	(void)flags;
	return real(first, last, 0);
}
