/*
 * shim exec_etxtbsy_lost: the calls that refuse writes to a running
 * program, and programs open for writing, report EACCES instead of
 * ETXTBSY (open, openat, creat, truncate, execve, execveat, fexecve), as
 * a runtime that maps programs itself and so never marks them busy would
 * have to invent some error.
 *
 * fdsuite-targets: exec/etxtbsy_open_running exec/etxtbsy_creat_running
 * fdsuite-targets: exec/etxtbsy_truncate_running exec/etxtbsy_execve_open_for_writing
 * fdsuite-targets: exec/etxtbsy_execveat_fd_open_for_writing
 */
#include <dlfcn.h>
#include <errno.h>
#define OPEN_HOOK_CREAT
#include "open_hook.h"

static int lost(int r)
{
	if (r == -1 && errno == ETXTBSY)
		errno = EACCES;
	return r;
}

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	return lost(real_openat(dirfd, path, flags, mode));
}

int truncate(const char *path, off_t len)
{
	return lost((int)syscall(SYS_truncate, path, len));
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	return lost((int)syscall(SYS_execve, path, argv, envp));
}

int execveat(int dirfd, const char *path, char *const argv[],
	     char *const envp[], int flags)
{
	return lost((int)syscall(SYS_execveat, dirfd, path, argv, envp, flags));
}

int fexecve(int fd, char *const argv[], char *const envp[])
{
	return lost((int)syscall(SYS_execveat, fd, "", argv, envp, AT_EMPTY_PATH));
}
