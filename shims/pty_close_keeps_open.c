/*
 * shim pty_close_keeps_open: close() of a pseudoterminal end (the
 * multiplexor's character device 5:2, or a devpts slave, majors 136-143)
 * first hides a copy of the descriptor far up the table, so the close is
 * never the last one: no hangup reaches the other end, no SIGHUP is
 * sent, the slave's name stays.
 *
 * fdsuite-targets: pty/slave_close_master_eio pty/master_close_hangs_up_slave
 * fdsuite-targets: pty/master_close_sighup pty/slave_reopen_by_name
 * fdsuite-targets: pty/pty_fork_shares
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

int close(int fd)
{
	struct stat st;
	if (syscall(SYS_fstat, fd, &st) == 0 && S_ISCHR(st.st_mode)) {
		unsigned maj = major(st.st_rdev), min = minor(st.st_rdev);
		if ((maj == 5 && min == 2) || (maj >= 136 && maj <= 143))
			syscall(SYS_fcntl, fd, F_DUPFD_CLOEXEC, 900);
	}
	return (int)syscall(SYS_close, fd);
}
