/*
 * shim dup_fork_reopens: after fork() the child replaces each of its
 * inherited descriptors on regular files and pipes (above 2) by a reopen
 * of /proc/self/fd/N - same number, access mode, status flags, offset and
 * FD_CLOEXEC, but a *new* open file description - as a broken emulator
 * that copies open files instead of sharing them would.  Offset and status
 * flag changes then no longer cross between parent and child.
 *
 * fdsuite-targets: dup/fork_shares_offset dup/fork_shares_append
 * fdsuite-targets: dup/fork_shares_nonblock
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fork_reopen.h"

static void on_fork_child_fd(int fd)
{
	struct stat st;
	if (fstat(fd, &st) == -1 || !(S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode)))
		return;
	int fl = (int)syscall(SYS_fcntl, fd, F_GETFL);
	int fdfl = (int)syscall(SYS_fcntl, fd, F_GETFD);
	if (fl == -1 || (fl & O_PATH))
		return;
	off_t off = lseek(fd, 0, SEEK_CUR);
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	int t = (int)syscall(SYS_openat, AT_FDCWD, path,
			     (fl & (O_ACCMODE | O_APPEND)) | O_NONBLOCK);
	if (t == -1)
		return;
	syscall(SYS_fcntl, t, F_SETFL, fl & (O_APPEND | O_NONBLOCK));
	if (off != -1)
		lseek(t, off, SEEK_SET);
	syscall(SYS_dup3, t, fd, (fdfl & FD_CLOEXEC) ? O_CLOEXEC : 0);
	syscall(SYS_close, t);
}
