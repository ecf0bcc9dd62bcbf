/*
 * shim limits_runtime_reserved: a runtime that keeps descriptors for
 * itself above the limit it shows the program: at start the soft
 * RLIMIT_NOFILE is lowered by 12 and two descriptors are placed just
 * above the new limit; the program's fcntl, fstat, dup2, dup3 and close
 * calls then treat those numbers as not open (EBADF), while
 * /proc/self/fd, which the kernel answers, still lists them.
 *
 * fdsuite-targets: limits/listed_fds_answer_fcntl
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "fcntl_hook.h"

static int kept[2] = { -1, -1 };

__attribute__((constructor)) static void reserve(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur < 64 ||
	    rl.rlim_cur == RLIM_INFINITY)
		return;
	int fd = (int)syscall(SYS_openat, AT_FDCWD, "/", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	rl.rlim_cur -= 12;
	for (int i = 0; i < 2; i++)
		kept[i] = (int)syscall(SYS_dup3, fd, (int)rl.rlim_cur + 2 + i, O_CLOEXEC);
	syscall(SYS_close, fd);
	setrlimit(RLIMIT_NOFILE, &rl);
}

static int hidden(int fd)
{
	if (fd >= 0 && (fd == kept[0] || fd == kept[1])) {
		errno = EBADF;
		return 1;
	}
	return 0;
}

int close(int fd)
{
	return hidden(fd) ? -1 : (int)syscall(SYS_close, fd);
}

int fstat(int fd, struct stat *st)
{
	return hidden(fd) ? -1 : (int)syscall(SYS_fstat, fd, st);
}

int dup2(int o, int n)
{
	if (hidden(o) || hidden(n))
		return -1;
	if (o == n)
		return syscall(SYS_fcntl, o, F_GETFD) == -1 ? -1 : o;
	return (int)syscall(SYS_dup3, o, n, 0);
}

int dup3(int o, int n, int flags)
{
	if (hidden(o) || hidden(n))
		return -1;
	return (int)syscall(SYS_dup3, o, n, flags);
}

static int on_fcntl(int fd, int cmd, long arg)
{
	return hidden(fd) ? -1 : (int)real_fcntl(fd, cmd, arg);
}
