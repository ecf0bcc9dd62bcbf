/*
 * shim pipe_no_packets: O_DIRECT is silently dropped from pipe2() flags and
 * from F_SETFL on pipes, so "packet mode" pipes are ordinary byte streams,
 * as on an emulator without packet mode that does not say so.
 *
 * fdsuite-targets: pipe/o_direct_packet_mode pipe/o_direct_set_by_fcntl
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <unistd.h>

int pipe2(int p[2], int flags)
{
	int (*real)(int *, int) = (int (*)(int *, int))dlsym(RTLD_NEXT, "pipe2");
	return real(p, flags & ~O_DIRECT);
}

static int shim(const char *name, int fd, int cmd, void *arg)
{
	int (*real)(int, int, ...) = (int (*)(int, int, ...))dlsym(RTLD_NEXT, name);
	struct stat st;
	if (cmd == F_SETFL && fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode))
		return real(fd, cmd, (int)((long)arg & ~O_DIRECT));
	return real(fd, cmd, arg);
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	return shim("fcntl", fd, cmd, arg);
}

int fcntl64(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	return shim("fcntl64", fd, cmd, arg);
}
