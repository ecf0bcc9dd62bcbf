/*
 * shim fcntl_getfl_accmode_only: F_GETFL reports only the access mode and
 * drops every status flag (O_APPEND, O_NONBLOCK, O_DSYNC, O_PATH ...), as
 * a runtime that does not track status flags would.
 *
 * fdsuite-targets: fcntl/getfl_status_flags_from_open
 * fdsuite-targets: fcntl/o_path_allowed_commands fcntl/setfl_sets_and_clears
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	int r = real_fcntl(fd, cmd, arg);
	return (cmd == F_GETFL && r != -1) ? (r & O_ACCMODE) : r;
}
