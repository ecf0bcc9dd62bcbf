/*
 * shim fcntl_wrong_errors: fcntl() swaps its two argument errors: EBADF
 * (descriptor not open) is reported as EINVAL and EINVAL (unknown command,
 * bad argument) as EBADF.  F_GETFD is left alone so that the harness can
 * still tell open descriptors from free ones.
 *
 * fdsuite-targets: fcntl/bad_fd_ebadf fcntl/unknown_cmd_einval
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	int r = real_fcntl(fd, cmd, arg);
	if (r == -1 && cmd != F_GETFD) {
		if (errno == EBADF)
			errno = EINVAL;
		else if (errno == EINVAL)
			errno = EBADF;
	}
	return r;
}
