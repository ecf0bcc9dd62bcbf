/*
 * shim pipe_sigpipe_lost: write() to a pipe or FIFO that fails with EPIPE
 * raises no SIGPIPE: the shim blocks SIGPIPE around the write and discards
 * the signal the write raised, as an emulator that only returns the error
 * would.  A SIGPIPE that was already pending is left alone.
 *
 * fdsuite-targets: pipe/sigpipe_once_per_write pipe/sigpipe_blocked_stays_pending pipe/fifo_write_without_reader_epipe pipe/blocked_writer_woken_by_reader_close
 */
#include <errno.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "next.h"

ssize_t write(int fd, const void *buf, size_t n)
{
	__typeof__(&write) real = NEXT(write);
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode))
		return real(fd, buf, n);
	sigset_t pipe_only, old, pend;
	sigemptyset(&pipe_only);
	sigaddset(&pipe_only, SIGPIPE);
	sigprocmask(SIG_BLOCK, &pipe_only, &old);
	sigpending(&pend);
	int was_pending = sigismember(&pend, SIGPIPE);
	ssize_t r = real(fd, buf, n);
	int e = errno;
	if (!was_pending) {
		struct timespec zero = { 0, 0 };
		sigtimedwait(&pipe_only, NULL, &zero);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return r;
}
