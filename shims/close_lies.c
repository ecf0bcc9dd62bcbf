/*
 * shim close_lies: close() always reports success.  A valid descriptor
 * is still closed, but EBADF for a number that is not open (never
 * opened, already closed, negative, beyond the limit) is swallowed, the
 * way a careless wrapper that ignores the kernel's result would.
 *
 * fdsuite-targets: close/close_then_ebadf close/close_invalid_ebadf
 */
#include <unistd.h>

#include "next.h"

int close(int fd)
{
	__typeof__(&close) real = NEXT(close);
	real(fd);
	return 0;
}
