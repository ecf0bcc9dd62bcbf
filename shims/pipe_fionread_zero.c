/*
 * shim pipe_fionread_zero: ioctl(FIONREAD) on a pipe or FIFO always stores
 * 0, as an emulator that does not implement the count would.
 *
 * fdsuite-targets: pipe/fionread_counts_queued
 */
#include <stdarg.h>
#include <sys/ioctl.h>
#include <sys/stat.h>

#include "next.h"

int ioctl(int fd, unsigned long req, ...)
{
	va_list ap;
	va_start(ap, req);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	__typeof__(&ioctl) real = NEXT(ioctl);
	int r = real(fd, req, arg);
	struct stat st;
	if (r == 0 && req == FIONREAD && fstat(fd, &st) == 0 &&
	    S_ISFIFO(st.st_mode))
		*(int *)arg = 0;
	return r;
}
