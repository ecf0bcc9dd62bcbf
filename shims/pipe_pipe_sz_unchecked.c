/*
 * shim pipe_pipe_sz_unchecked: F_SETPIPE_SZ stores the size as asked and
 * never fails (no rounding to pages, no EBUSY, no EPERM: the real call's
 * result is ignored), and F_GETPIPE_SZ reports half the real capacity, as
 * an emulator with its own idea of pipe sizes would.
 *
 * fdsuite-targets: pipe/default_capacity pipe/setpipe_sz_rounds_up pipe/setpipe_sz_below_data_ebusy pipe/setpipe_sz_above_max_eperm
 */
#include <fcntl.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_SETPIPE_SZ) {
		real_fcntl(fd, cmd, (int)arg);
		return (int)arg;
	}
	int r = real_fcntl(fd, cmd, arg);
	if (cmd == F_GETPIPE_SZ && r > 0)
		return r / 2;
	return r;
}
