/*
 * exec/pidfd_open_cloexec_closed - pidfd_open() always returns a
 * close-on-exec descriptor, so execve closes it unless the flag is
 * cleared with F_SETFD first.
 *
 * Cites: pidfd_open(2) DESCRIPTION (the close-on-exec flag is set; Linux
 * 5.3, glibc 2.36); fcntl(2) "File descriptor flags"; execve(2) "Effect
 * on process attributes".
 */
#include "exec.h"

FT_CASE("pidfd_open descriptors are close-on-exec",
	"pidfd_open(2) DESCRIPTION (Linux 5.3); fcntl(2) \"File descriptor flags\"; execve(2) \"Effect on process attributes\"");

/* The raw system call: glibc before 2.36 and musl have no wrapper. */
static int pidfd_open_(pid_t pid)
{
	return (int)syscall(SYS_pidfd_open, pid, 0);
}

FT_POINT(pidfd_closed)
{
	struct ft_probe p;
	FT_FD int c = FT_NEED_CALL(pidfd_open_(getpid()), "pidfd_open", "Linux 5.3");
	FT_FD int k = FT_SYS(pidfd_open_(getpid()));
	FT_EQ(ft_getfd(c), FD_CLOEXEC);
	FT_SYS(fcntl(k, F_SETFD, 0));
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
}
