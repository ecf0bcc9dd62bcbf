/*
 * shim exec_closes_inherited: descriptors do not survive exec.  Before
 * every exec call every descriptor above 2 is closed, and posix_spawn
 * marks them all close-on-exec for the duration of the spawn, as a
 * sandbox that scrubs inherited descriptors would.
 *
 * fdsuite-targets: exec/plain_fds_survive exec/cloexec_is_per_descriptor
 * fdsuite-targets: exec/offset_survives exec/status_flags_survive
 * fdsuite-targets: exec/record_locks_survive exec/spawn_honors_cloexec
 * fdsuite-targets: exec/spawn_addclose exec/spawn_addclosefrom_np
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdarg.h>
#include <unistd.h>

extern char **environ;

static void before_exec(void)
{
	for (int fd = 3; fd < 4096; fd++)
		close(fd);
}

static int saved[4096];

static void before_spawn(void)
{
	for (int fd = 3; fd < 4096; fd++) {
		saved[fd] = fcntl(fd, F_GETFD);
		if (saved[fd] != -1)
			fcntl(fd, F_SETFD, FD_CLOEXEC);
	}
}

static void after_spawn(void)
{
	for (int fd = 3; fd < 4096; fd++)
		if (saved[fd] != -1)
			fcntl(fd, F_SETFD, saved[fd]);
}

#define EXEC_HOOK_SPAWN
#include "exec_hook.h"
