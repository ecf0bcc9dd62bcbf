/*
 * shim pipe_close_closes_dups: close() of a pipe or FIFO descriptor also
 * closes every other descriptor of the process open on the same pipe with
 * the same access mode, as in an emulator that keeps one object per pipe
 * end instead of counting descriptors.  A dup (or a second open) of an end
 * then no longer keeps that end alive.
 *
 * fdsuite-targets: pipe/dup_writer_keeps_pipe_open pipe/poll_hup_after_last_writer pipe/poll_err_after_last_reader pipe/proc_fd_reopen_same_pipe pipe/fifo_eof_after_writers_close pipe/fifo_write_without_reader_epipe
 * fdsuite-targets: dup/close_one_keeps_other
 */
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "next.h"

int close(int fd)
{
	__typeof__(&close) real = NEXT(close);
	struct stat st, o;
	int fl = fcntl(fd, F_GETFL);
	if (fl != -1 && fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode)) {
		struct rlimit rl;
		int max = 1024;
		if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < 65536)
			max = (int)rl.rlim_cur;
		for (int other = 3; other < max; other++) {
			if (other == fd)
				continue;
			int ofl = fcntl(other, F_GETFL);
			if (ofl != -1 && (ofl & O_ACCMODE) == (fl & O_ACCMODE) &&
			    fstat(other, &o) == 0 && o.st_ino == st.st_ino &&
			    o.st_dev == st.st_dev)
				real(other);
		}
	}
	return real(fd);
}
