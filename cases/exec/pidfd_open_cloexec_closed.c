/*
 * exec/pidfd_open_cloexec_closed - pidfd_open() always returns a
 * close-on-exec descriptor, so execve closes it unless the flag is
 * cleared with F_SETFD first; the same with PIDFD_NONBLOCK (Linux 5.10)
 * and for a pidfd of a child process.
 */
#include "exec.h"

FT_CASE("pidfd_open descriptors are close-on-exec",
	"pidfd_open(2) DESCRIPTION (Linux 5.3); fcntl(2) \"File descriptor flags\"; execve(2) \"Effect on process attributes\"");

/* The raw system call: glibc before 2.36 and musl have no wrapper. */
static void check(pid_t pid, unsigned flags)
{
	FT_FD int marked = FT_NEED_FLAG((int)syscall(SYS_pidfd_open, pid, flags),
					"pidfd_open", flags ? "Linux 5.10" : "Linux 5.3");
	FT_FD int plain = FT_SYS((int)syscall(SYS_pidfd_open, pid, flags));
	FT_SYS(fcntl(plain, F_SETFD, 0));
	EX_CLOSED_KEPT(marked, -1, plain, -1);
}

FT_POINT(pidfd_closed) { check(getpid(), 0); }

FT_POINT(pidfd_nonblock_closed) { check(getpid(), 04000 /* PIDFD_NONBLOCK */); }

FT_POINT(child_pidfd_closed)
{
	FT_FDS int go[2] = FT_NO_FDS;
	ft_pipe(go, O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		ft_close(&go[1]);
		_exit(read(go[0], &c, 1) == 0 ? 0 : 1);
	}
	check(pid, 0);
	ft_close(&go[1]);
	FT_CHILD_OK(pid);
}
