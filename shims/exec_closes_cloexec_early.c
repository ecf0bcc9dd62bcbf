/*
 * shim exec_closes_cloexec_early: close-on-exec emulated in user space.
 * Before every exec call the descriptors marked FD_CLOEXEC are closed
 * with close(), and only then is the real exec attempted: a failed exec
 * has already lost them, a process sharing the table (CLONE_FILES) loses
 * them too, and fexecve/execveat find their own close-on-exec descriptor
 * gone.
 *
 * fdsuite-targets: exec/failed_exec_closes_nothing exec/shared_table_unshared_at_exec
 * fdsuite-targets: exec/fexecve_cloexec_elf exec/execveat_script_cloexec_enoent
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <unistd.h>

extern char **environ;

static void before_exec(void)
{
	for (int fd = 0; fd < 4096; fd++)
		if (fcntl(fd, F_GETFD) > 0)
			close(fd);
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
