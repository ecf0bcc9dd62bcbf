/*
 * shim exec_spawn_drops_fd_actions: posix_spawn_file_actions_addclose,
 * _adddup2 and _addclosefrom_np report success but record nothing, so
 * the spawned program gets the caller's table with only close-on-exec
 * applied, as with a posix_spawn that ignores its file actions.
 *
 * fdsuite-targets: exec/spawn_addclose exec/spawn_adddup2
 * fdsuite-targets: exec/spawn_adddup2_same_fd_clears_cloexec exec/spawn_addclosefrom_np
 */
#include <spawn.h>

int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *fa, int fd)
{
	(void)fa;
	(void)fd;
	return 0;
}

int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *fa, int fd,
				     int newfd)
{
	(void)fa;
	(void)fd;
	(void)newfd;
	return 0;
}

int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *fa,
					     int from)
{
	(void)fa;
	(void)from;
	return 0;
}
