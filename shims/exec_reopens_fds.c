/*
 * shim exec_reopens_fds: before every exec call, each inherited regular
 * file (no FD_CLOEXEC, number above 2) is reopened through
 * /proc/self/fd/N with only its access mode and put back under the same
 * number, as a runtime that models descriptors as paths might: the new
 * image gets a new open file description, at offset 0, without O_APPEND
 * or O_NONBLOCK, and closing the old one drops the process's record locks.
 *
 * fdsuite-targets: exec/offset_survives exec/status_flags_survive
 * fdsuite-targets: exec/record_locks_survive
 */
#include <dlfcn.h>
#include <stdio.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <stdarg.h>
#include <unistd.h>

extern char **environ;

static void before_exec(void)
{
	for (int fd = 3; fd < 4096; fd++) {
		struct stat st;
		char path[64];
		int fl = fcntl(fd, F_GETFL);
		if (fl == -1 || fcntl(fd, F_GETFD) != 0 || fstat(fd, &st) != 0 ||
		    !S_ISREG(st.st_mode))
			continue;
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
		int n = open(path, fl & O_ACCMODE);
		if (n == -1)
			continue;
		dup2(n, fd);
		close(n);
	}
}

#define REAL(name) \
	static __typeof__(name) *real_; \
	if (!real_) \
		real_ = (__typeof__(name) *)dlsym(RTLD_NEXT, #name)

int execve(const char *path, char *const argv[], char *const envp[])
{
	REAL(execve);
	before_exec();
	return real_(path, argv, envp);
}

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}

int execvpe(const char *file, char *const argv[], char *const envp[])
{
	REAL(execvpe);
	before_exec();
	return real_(file, argv, envp);
}

int execvp(const char *file, char *const argv[])
{
	return execvpe(file, argv, environ);
}

#define COLLECT(first, argv, envp_out)                               \
	char *argv[256];                                             \
	int n_ = 0;                                                  \
	va_list ap_;                                                 \
	va_start(ap_, first);                                        \
	argv[n_++] = (char *)first;                                  \
	while (n_ < 255 && (argv[n_] = va_arg(ap_, char *)) != NULL) \
		n_++;                                                \
	argv[n_] = NULL;                                             \
	envp_out;                                                    \
	va_end(ap_)

int execl(const char *path, const char *arg, ...)
{
	COLLECT(arg, argv, (void)0);
	return execve(path, argv, environ);
}

int execlp(const char *file, const char *arg, ...)
{
	COLLECT(arg, argv, (void)0);
	return execvpe(file, argv, environ);
}

int execle(const char *path, const char *arg, ...)
{
	char **envp;
	COLLECT(arg, argv, envp = va_arg(ap_, char **));
	return execve(path, argv, envp);
}

int fexecve(int fd, char *const argv[], char *const envp[])
{
	REAL(fexecve);
	before_exec();
	return real_(fd, argv, envp);
}

int execveat(int dirfd, const char *path, char *const argv[],
	     char *const envp[], int flags)
{
	REAL(execveat);
	before_exec();
	return real_(dirfd, path, argv, envp, flags);
}
