/*
 * shim identity_kcmp_by_inode: kcmp(KCMP_FILE) compares the files the two
 * descriptors name (device and inode through /proc/PID/fd/N) instead of
 * their open file descriptions, so two opens of one file count as the
 * same; what it cannot look up (a closed descriptor, a missing process)
 * is answered "different" instead of EBADF or ESRCH, and an unknown type
 * as well instead of EINVAL.
 *
 * fdsuite-targets: identity/kcmp_file_reopen identity/kcmp_errors
 */
#include <stdio.h>
#include <sys/stat.h>
#include "syscall_hook.h"

static int stat_fd(long pid, long fd, struct stat *st)
{
	char path[96];
	snprintf(path, sizeof path, "/proc/%ld/fd/%ld", pid, fd);
	return stat(path, st);
}

static long on_syscall(long n, long a[6])
{
	if (n != SYS_kcmp)
		return real_syscall(n, a);
	if (a[2] == 0) { /* KCMP_FILE */
		struct stat x, y;
		if (stat_fd(a[0], a[3], &x) || stat_fd(a[1], a[4], &y))
			return 1;
		return x.st_dev == y.st_dev && x.st_ino == y.st_ino ? 0 : 1;
	}
	long r = real_syscall(n, a);
	return r == -1 ? 1 : r;
}
