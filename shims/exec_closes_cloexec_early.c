/*
 * shim exec_closes_cloexec_early: close-on-exec emulated in user space.
 * Before every exec call the descriptors marked FD_CLOEXEC are closed
 * with close(), and only then is the real exec attempted: a failed exec
 * has already lost them, a process sharing the table (CLONE_FILES) loses
 * them too, and fexecve/execveat find their own close-on-exec descriptor
 * gone.
 *
 * fdsuite-targets: exec/failed_exec_closes_nothing exec/shared_table_unshared_at_exec
 * fdsuite-targets: exec/fexecve_cloexec_elf exec/execveat_script_cloexec_enoent
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <unistd.h>

extern char **environ;

static void before_exec(void)
{
	for (int fd = 0; fd < 4096; fd++)
		if (fcntl(fd, F_GETFD) > 0)
			close(fd);
}

#include "exec_hook.h"
