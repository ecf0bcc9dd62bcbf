/*
 * exec/failed_exec_closes_nothing - an execve that fails (ENOENT, EACCES,
 * ENOEXEC) returns to the caller with its descriptor table untouched:
 * close-on-exec descriptors are still open and still marked, and the
 * others are still usable.
 */
#include "exec.h"

FT_CASE("a failed execve closes no descriptor",
	"fcntl(2) \"File descriptor flags\"; execve(2) RETURN VALUE, ERRORS, NOTES; POSIX exec(3p)");

static void exec_fails(const char *path, int err)
{
	FT_FD int c = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_FD int k = ft_tmpfile("k", NULL);
	pid_t pid = ft_fork();
	if (pid == 0) {
		char *argv[] = { "fdsuite-noexec", NULL };
		char ch;
		FT_ERRNO(execve(path, argv, environ), err);
		FT_EQ(ft_getfd(c), FD_CLOEXEC);
		FT_EQ(ft_getfd(k), 0);
		FT_EQ(pread(k, &ch, 1, 0), 1);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

static void make(const char *name, const char *content, mode_t mode)
{
	FT_FD int fd = FT_SYS(open(name, O_WRONLY | O_CREAT | O_EXCL, mode));
	ft_write_all(fd, content, strlen(content));
	ft_close(&fd);
	FT_SYS(chmod(name, mode));
}

FT_POINT(enoent)
{
	exec_fails("./does-not-exist", ENOENT);
}

FT_POINT(eacces_not_executable)
{
	make("plain", "not a program\n", 0644);
	exec_fails("./plain", EACCES);
}

FT_POINT(enoexec_unknown_format)
{
	make("garbage", "\001\002\003 no known binary format\n", 0755);
	exec_fails("./garbage", ENOEXEC);
}
