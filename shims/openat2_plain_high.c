/*
 * shim openat2_plain_high: the descriptor openat2() returns is moved off
 * the lowest free number to a higher one and loses close-on-exec, as if
 * O_CLOEXEC were ignored and the result renumbered.
 *
 * fdsuite-targets: openat2/cloexec_and_lowest
 */
#include "pidfd_hook.h"
#include "syscall_hook.h"

static long on_syscall(long n, long a[6])
{
	long r = real_syscall(n, a);
	return n == SYS_openat2 && r >= 0 ? hook_move_high((int)r) : r;
}
