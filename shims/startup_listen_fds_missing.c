/*
 * shim startup_listen_fds_missing: the program is told it received two
 * socket-activation descriptors (LISTEN_FDS=2, LISTEN_PID its own pid, as
 * sd_listen_fds(3) reads them) that are not there, the mistake of a
 * runtime whose preserve-fds and LISTEN_FDS disagree.  Set in a
 * constructor, before the program's own.
 *
 * fdsuite-targets: startup/inherited_fds
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

__attribute__((constructor)) static void declare(void)
{
	char pid[24];
	snprintf(pid, sizeof pid, "%d", (int)getpid());
	setenv("LISTEN_PID", pid, 1);
	setenv("LISTEN_FDS", "2", 1);
	close(3);
	close(4);
}
