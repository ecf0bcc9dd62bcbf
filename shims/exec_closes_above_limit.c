/*
 * shim exec_closes_above_limit: exec treats the soft RLIMIT_NOFILE as the
 * end of the descriptor table.  Before every exec call the descriptors
 * numbered at or above the soft limit are closed, so one left open above
 * a lowered limit does not reach the new image.
 *
 * fdsuite-targets: limits/lowered_limit_keeps_fds
 */
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

static void before_exec(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
		return;
	for (int fd = (int)rl.rlim_cur; fd < 4096; fd++)
		close(fd);
}

#include "exec_hook.h"
