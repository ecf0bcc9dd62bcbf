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
#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == 1024 + 4) { /* F_CREATED_QUERY */
		long r = real_fcntl(fd, cmd, arg);
		return r == -1 ? -1 : 1;
	}
	return (int)real_fcntl(fd, cmd, arg);
}
