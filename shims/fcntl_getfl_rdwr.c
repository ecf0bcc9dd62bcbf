/*
 * shim fcntl_getfl_rdwr: F_GETFL always reports the access mode O_RDWR
 * (status flags are kept), as a runtime that does not remember how a
 * descriptor was opened would.
 *
 * fdsuite-targets: fcntl/getfl_access_mode
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	int r = real_fcntl(fd, cmd, arg);
	return (cmd == F_GETFL && r != -1) ? ((r & ~O_ACCMODE) | O_RDWR) : r;
}
