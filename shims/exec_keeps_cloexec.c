/*
 * shim exec_keeps_cloexec: close-on-exec is ignored.  Before every exec
 * (execve, execv, execvp, execvpe, execl, execle, execlp, fexecve,
 * execveat) and before posix_spawn/posix_spawnp, FD_CLOEXEC is cleared on
 * every descriptor, so the new image inherits them all, as on a system
 * that does not implement the flag.
 *
 * fdsuite-targets: exec/o_cloexec_closed exec/fd_cloexec_setfd_closed
 * fdsuite-targets: exec/dupfd_cloexec_closed exec/dup3_cloexec_closed
 * fdsuite-targets: exec/pipe2_cloexec_closed exec/sock_cloexec_closed
 * fdsuite-targets: exec/epoll_cloexec_closed exec/eventfd_cloexec_closed
 * fdsuite-targets: exec/timerfd_cloexec_closed exec/signalfd_cloexec_closed
 * fdsuite-targets: exec/inotify_cloexec_closed exec/memfd_cloexec_closed
 * fdsuite-targets: exec/msg_cmsg_cloexec_closed exec/close_range_cloexec_closed
 * fdsuite-targets: exec/pidfd_open_cloexec_closed exec/fexecve_cloexec_elf
 * fdsuite-targets: exec/execveat_script_cloexec_enoent exec/spawn_honors_cloexec
 * fdsuite-targets: exec/cloexec_is_per_descriptor exec/shared_table_unshared_at_exec
 * fdsuite-targets: exec/failed_exec_closes_nothing exec/spawn_adddup2
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdarg.h>
#include <unistd.h>
#include "cloexec_clear.h"

extern char **environ;

static void before_exec(void)
{
	clear_cloexec(0, NULL);
}

static void before_spawn(void)
{
	before_exec();
}

static void after_spawn(void)
{
}

#define EXEC_HOOK_SPAWN
#include "exec_hook.h"
