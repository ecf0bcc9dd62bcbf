/*
 * shim errno_order_swapped: the descriptor calls whose error order the
 * errno_order cases check report the wrong one of two errors: EBADF
 * becomes EINVAL, EINVAL becomes EBADF and EFAULT becomes EINVAL, in
 * accept, accept4, connect, dup2, dup3, fcntl (but F_GETFD, which the
 * case library uses to tell open numbers from free ones), epoll_ctl,
 * close_range and execveat.
 *
 * fdsuite-targets: errno_order/accept_not_listening_bad_addr errno_order/accept4_fd_then_flags
 * fdsuite-targets: errno_order/connect_fd_then_address errno_order/dup2_bad_oldfd_first
 * fdsuite-targets: errno_order/dup3_einval_before_ebadf errno_order/fcntl_bad_fd_first
 * fdsuite-targets: errno_order/close_range_no_ebadf errno_order/epoll_ctl_pairs
 * fdsuite-targets: errno_order/execveat_pairs
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "fcntl_hook.h"

static long swap(long r)
{
	if (r == -1) {
		if (errno == EBADF)
			errno = EINVAL;
		else if (errno == EINVAL)
			errno = EBADF;
		else if (errno == EFAULT)
			errno = EINVAL;
	}
	return r;
}

int accept(int fd, struct sockaddr *a, socklen_t *l)
{
	return (int)swap(syscall(SYS_accept4, fd, a, l, 0));
}

int accept4(int fd, struct sockaddr *a, socklen_t *l, int flags)
{
	return (int)swap(syscall(SYS_accept4, fd, a, l, flags));
}

int connect(int fd, const struct sockaddr *a, socklen_t l)
{
	return (int)swap(syscall(SYS_connect, fd, a, l));
}

int dup2(int o, int n)
{
	if (o == n) /* dup2's own check, as libc does it */
		return (int)swap(syscall(SYS_fcntl, o, F_GETFD) == -1 ? -1 : o);
	return (int)swap(syscall(SYS_dup3, o, n, 0));
}

int dup3(int o, int n, int flags)
{
	return (int)swap(syscall(SYS_dup3, o, n, flags));
}

static int on_fcntl(int fd, int cmd, long arg)
{
	long r = real_fcntl(fd, cmd, arg);
	return (int)(cmd == F_GETFD ? r : swap(r));
}


int epoll_ctl(int ep, int op, int fd, struct epoll_event *ev)
{
	return (int)swap(syscall(SYS_epoll_ctl, ep, op, fd, ev));
}

int close_range(unsigned first, unsigned last, int flags)
{
	return (int)swap(syscall(436 /* SYS_close_range */, first, last, flags));
}

int execveat(int dirfd, const char *path, char *const argv[],
	     char *const envp[], int flags)
{
	return (int)swap(syscall(SYS_execveat, dirfd, path, argv, envp, flags));
}
