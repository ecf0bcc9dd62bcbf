/*
 * exec/execveat_script_cloexec_enoent - executing a "#!" script through a
 * descriptor (execveat(fd, "", ..., AT_EMPTY_PATH) or fexecve) fails
 * with ENOENT when that descriptor is close-on-exec, because the
 * interpreter could not open the script after the exec; without
 * O_CLOEXEC the same script runs.  The interpreter is handed the script
 * as /dev/fd/N, so where /dev/fd is missing (no /proc) that point skips.
 */
#include "exec.h"

FT_CASE("fd-based exec of a script opened O_CLOEXEC fails with ENOENT",
	"execveat(2) ERRORS, BUGS; fexecve(3) ERRORS, BUGS; execve(2) \"Interpreter scripts\" (Linux 3.19)");

static int script(int oflags)
{
	FT_FD int fd = FT_SYS(open("s.sh", O_WRONLY | O_CREAT | O_EXCL, 0755));
	ft_write_all(fd, "#!/bin/sh\nexit 7\n", 17);
	ft_close(&fd);
	return FT_SYS(open("s.sh", O_RDONLY | oflags));
}

static char *argv[] = { "s.sh", NULL };

/* Hands a saved result back to FT_ERRNO with its errno. */
static int result(int r, int e)
{
	errno = e;
	return r;
}

FT_POINT(execveat_cloexec_enoent)
{
	FT_FD int fd = script(O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		int r = ex_execveat(fd, "", argv, environ, AT_EMPTY_PATH);
		int e = errno;
		if (r == -1 && e == ENOSYS)
			FT_SKIP("execveat not supported (ENOSYS; Linux 3.19)");
		FT_ERRNO(result(r, e), ENOENT);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(fexecve_cloexec_enoent)
{
	FT_FD int fd = script(O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_ERRNO(fexecve(fd, argv, environ), ENOENT);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(without_cloexec_script_runs)
{
	if (access("/bin/sh", X_OK) != 0)
		FT_SKIP("needs /bin/sh as the script interpreter");
	int fd = script(0);
	/* the interpreter is handed the script as /dev/fd/N (execveat(2)
	   NOTES), which exists only where procfs is mounted */
	char name[32];
	snprintf(name, sizeof name, "/dev/fd/%d", fd);
	if (access(name, R_OK) != 0) {
		int e = errno;
		close(fd);
		FT_SKIP("needs /dev/fd: the interpreter opens the script as %s, "
			"and it is missing here (%s; /proc not mounted?)", name,
			ft_errno_name(e));
	}
	pid_t pid = ft_fork();
	if (pid == 0) {
		ex_execveat(fd, "", argv, environ, AT_EMPTY_PATH);
		if (errno == ENOSYS)
			FT_SKIP("execveat not supported (ENOSYS; Linux 3.19)");
		FT_FAIL("execveat of the script failed: %s",
			ft_errno_name(errno));
	}
	FT_EQ(ft_wait_exit(pid, 0), 7);
	close(fd);
}
