/*
 * shim dup_dup3_as_dup2: dup3() is dup2() with the flags ignored: it
 * never sets close-on-exec, accepts flags other than O_CLOEXEC, and
 * accepts oldfd equal to newfd - as a libc that emulates dup3 on a kernel
 * without it (carelessly) would.
 *
 * fdsuite-targets: dup/dup3_same_fd_einval dup/dup3_unknown_flags_einval
 * fdsuite-targets: dup/dup3_cloexec_sets_flag dup/cloexec_not_shared
 */
#include <sys/syscall.h>
#include <unistd.h>

int dup3(int oldfd, int newfd, int flags)
{
	(void)flags;
	return (int)syscall(SYS_dup2, oldfd, newfd);
}
