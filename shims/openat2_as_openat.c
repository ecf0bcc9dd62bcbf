/*
 * shim openat2_as_openat: openat2() is emulated with openat(): how.flags
 * and how.mode are passed on (the flags cut to an int), how.resolve and
 * the size are ignored - no RESOLVE_* restriction applies, an over-long
 * struct is not E2BIG, stray modes and flags are not EINVAL, and O_PATH
 * drops conflicting flags instead of refusing them.
 *
 * fdsuite-targets: openat2/resolve_beneath openat2/resolve_in_root
 * fdsuite-targets: openat2/resolve_no_symlinks openat2/resolve_no_magiclinks
 * fdsuite-targets: openat2/resolve_no_xdev openat2/resolve_cached
 * fdsuite-targets: openat2/how_validation openat2/o_path
 */
#include <fcntl.h>
#include <stdint.h>
#include "syscall_hook.h"

static long on_syscall(long n, long a[6])
{
	if (n != SYS_openat2)
		return real_syscall(n, a);
	const uint64_t *how = (const uint64_t *)a[2]; /* flags, mode, resolve */
	long b[6] = { a[0], a[1], (long)(int)how[0], (long)how[1], 0, 0 };
	return real_syscall(SYS_openat, b);
}
