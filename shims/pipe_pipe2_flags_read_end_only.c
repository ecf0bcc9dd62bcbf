/*
 * shim pipe_pipe2_flags_read_end_only: pipe2() applies O_CLOEXEC and
 * O_NONBLOCK to the read end only; the write end gets neither, so it is
 * inherited across exec and blocks when the pipe is full.
 *
 * fdsuite-targets: pipe/pipe2_cloexec_both_ends pipe/pipe2_nonblock_both_ends pipe/exec_inherited_writer_keeps_pipe_open
 */
#include <fcntl.h>
#include <unistd.h>

#include "next.h"

int pipe2(int p[2], int flags)
{
	__typeof__(&pipe2) real = NEXT(pipe2);
	int r = real(p, flags);
	if (r == 0) {
		fcntl(p[1], F_SETFD, 0);
		fcntl(p[1], F_SETFL, fcntl(p[1], F_GETFL) & ~O_NONBLOCK);
	}
	return r;
}
