/*
 * shim startup_stdin_closed: the program starts with descriptor 0 closed,
 * as a daemon or a runtime that closes standard input without reopening it
 * on /dev/null hands it on.  Closed in a constructor, before the program's
 * own.
 *
 * fdsuite-targets: startup/standard_fds_open
 */
#include <unistd.h>

__attribute__((constructor)) static void close_stdin(void)
{
	close(0);
}
