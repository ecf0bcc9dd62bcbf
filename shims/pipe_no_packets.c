/*
 * shim pipe_no_packets: O_DIRECT is silently dropped from pipe2() flags and
 * from F_SETFL on pipes, so "packet mode" pipes are ordinary byte streams,
 * as on an emulator without packet mode that does not say so.
 *
 * fdsuite-targets: pipe/o_direct_packet_mode pipe/o_direct_set_by_fcntl
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fcntl_hook.h"

#include "next.h"

int pipe2(int p[2], int flags)
{
	__typeof__(&pipe2) real = NEXT(pipe2);
	return real(p, flags & ~O_DIRECT);
}

static int on_fcntl(int fd, int cmd, long arg)
{
	struct stat st;
	if (cmd == F_SETFL && fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode))
		return real_fcntl(fd, cmd, (int)(arg & ~O_DIRECT));
	return real_fcntl(fd, cmd, arg);
}
