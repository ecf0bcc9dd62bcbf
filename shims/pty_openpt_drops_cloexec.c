/*
 * shim pty_openpt_drops_cloexec: posix_openpt() drops O_CLOEXEC from its
 * flags before opening the multiplexor, as a C library that filtered the
 * flags to the two POSIX names would.
 *
 * fdsuite-targets: pty/posix_openpt_cloexec
 */
#include <fcntl.h>
#include <stdlib.h>

#include "next.h"

int posix_openpt(int flags)
{
	__typeof__(&posix_openpt) real = NEXT(posix_openpt);
	return real(flags & ~O_CLOEXEC);
}
