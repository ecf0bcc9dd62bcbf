/*
 * exec_hook.h - the exec family wrapped for fault shims: execve, execv,
 * execvp, execvpe, execl, execle, execlp, fexecve and execveat call the
 * shim's before_exec() and then the real call.  With EXEC_HOOK_SPAWN
 * defined, posix_spawn and posix_spawnp are wrapped too, between the
 * shim's before_spawn() and after_spawn().  Include it after defining
 * those hooks.
 */
#include <dlfcn.h>
#include <spawn.h>
#include <stdarg.h>
#include <unistd.h>

extern char **environ;

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

#ifdef EXEC_HOOK_SPAWN
int posix_spawn(pid_t *pid, const char *path,
		const posix_spawn_file_actions_t *fa,
		const posix_spawnattr_t *attr, char *const argv[],
		char *const envp[])
{
	REAL(posix_spawn);
	before_spawn();
	int r = real_(pid, path, fa, attr, argv, envp);
	after_spawn();
	return r;
}

int posix_spawnp(pid_t *pid, const char *file,
		 const posix_spawn_file_actions_t *fa,
		 const posix_spawnattr_t *attr, char *const argv[],
		 char *const envp[])
{
	REAL(posix_spawnp);
	before_spawn();
	int r = real_(pid, file, fa, attr, argv, envp);
	after_spawn();
	return r;
}
#endif
