/*
 * shim pipe_fork_drops_writers: in the child of fork(), every inherited
 * descriptor for the write side of a pipe or FIFO (above 2) is closed, as
 * in an emulator that does not share pipe ends across fork.  The parent's
 * close of its own copy then ends the pipe although the child still
 * "holds" it, and an exec'd program inherits no write end.
 *
 * fdsuite-targets: pipe/no_eof_while_child_holds_writer pipe/exec_inherited_writer_keeps_pipe_open
 */
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "next.h"

pid_t fork(void)
{
	__typeof__(&fork) real = NEXT(fork);
	pid_t pid = real();
	if (pid == 0) {
		struct rlimit rl;
		int max = 1024;
		if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < 65536)
			max = (int)rl.rlim_cur;
		for (int fd = 3; fd < max; fd++) {
			struct stat st;
			int fl = fcntl(fd, F_GETFL);
			if (fl != -1 && (fl & O_ACCMODE) == O_WRONLY &&
			    fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode))
				close(fd);
		}
	}
	return pid;
}
