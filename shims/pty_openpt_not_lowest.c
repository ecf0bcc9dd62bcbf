/*
 * shim pty_openpt_not_lowest: posix_openpt() returns its master one number
 * above the one the kernel chose (moved up with F_DUPFD, the original
 * closed), never the lowest free number.
 *
 * fdsuite-targets: pty/posix_openpt_takes_lowest
 */
#include "move_up.h"
#include <stdlib.h>

#include "next.h"

int posix_openpt(int flags)
{
	__typeof__(&posix_openpt) real = NEXT(posix_openpt);
	return (int)shim_move_up(real(flags), (flags & O_CLOEXEC) != 0);
}
