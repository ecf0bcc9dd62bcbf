/*
 * shim dup_dupfd_cloexec_plain: fcntl(F_DUPFD_CLOEXEC) behaves as plain
 * F_DUPFD and leaves the new descriptor without close-on-exec, as a
 * runtime that predates Linux 2.6.24 semantics but accepts the command.
 *
 * fdsuite-targets: dup/f_dupfd_cloexec_sets_flag dup/o_path_survives_dup
 * fdsuite-targets: dup/cloexec_not_shared
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_DUPFD_CLOEXEC)
		cmd = F_DUPFD;
	return real_fcntl(fd, cmd, arg);
}
