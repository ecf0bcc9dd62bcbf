/*
 * shim exec_execveat_by_name: execveat() as a runtime that tracks paths by
 * name would do it: a relative path is taken relative to the directory the
 * program started in (neither dirfd nor a later chdir count), the empty
 * path is ENOENT whatever the flags, and AT_SYMLINK_NOFOLLOW and unknown
 * flags are ignored; absolute paths go to execve().
 *
 * fdsuite-targets: exec/execveat_relative_to_cwd exec/execveat_dirfd_name
 * fdsuite-targets: exec/execveat_symlink_nofollow_eloop exec/execveat_empty_path_fd
 * fdsuite-targets: exec/execveat_script_dev_fd_name errno_order/execveat_pairs
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

static char start[PATH_MAX];

__attribute__((constructor)) static void remember_start(void)
{
	if (!getcwd(start, sizeof start))
		start[0] = 0;
}

int execveat(int dirfd, const char *path, char *const argv[],
	     char *const envp[], int flags)
{
	(void)dirfd;
	(void)flags;
	if (!path[0]) {
		errno = ENOENT;
		return -1;
	}
	if (path[0] == '/')
		return (int)syscall(SYS_execve, path, argv, envp);
	char full[PATH_MAX * 2];
	snprintf(full, sizeof full, "%s/%s", start, path);
	return (int)syscall(SYS_execve, full, argv, envp);
}
