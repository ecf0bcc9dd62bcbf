/*
 * shim fcntl_created_query_always: F_CREATED_QUERY answers 1 for every
 * descriptor, as if every open had created its file; other commands go
 * to the kernel.
 *
 * fdsuite-targets: fcntl/created_query_creating_open fcntl/created_query_per_description
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

static int do_fcntl(int fd, int cmd, long arg)
{
	if (cmd == 1024 + 4) { /* F_CREATED_QUERY */
		long r = syscall(SYS_fcntl, fd, cmd, arg);
		return r == -1 ? -1 : 1;
	}
	return (int)syscall(SYS_fcntl, fd, cmd, arg);
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	long arg = va_arg(ap, long);
	va_end(ap);
	return do_fcntl(fd, cmd, arg);
}

int fcntl64(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	long arg = va_arg(ap, long);
	va_end(ap);
	return do_fcntl(fd, cmd, arg);
}
