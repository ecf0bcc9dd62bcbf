/*
 * shim exec_family_keeps_cloexec: execve(2) and execv honour
 * close-on-exec, but the rest of the family - execvp, execvpe, execl,
 * execveat, fexecve, posix_spawn and posix_spawnp - clear FD_CLOEXEC on
 * every descriptor first, so their new images inherit them all: a
 * runtime that implemented the flag in one entry point only.
 *
 * fdsuite-targets: exec/cloexec_is_per_descriptor
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdarg.h>
#include <unistd.h>
#include "cloexec_clear.h"

extern char **environ;

#define REAL(name)                                                           \
	static __typeof__(name) *real_;                                      \
	if (!real_)                                                          \
		real_ = (__typeof__(name) *)dlsym(RTLD_NEXT, #name)

static void keep_all(void)
{
	clear_cloexec(0, NULL);
}

int execvpe(const char *file, char *const argv[], char *const envp[])
{
	REAL(execvpe);
	keep_all();
	return real_(file, argv, envp);
}

int execvp(const char *file, char *const argv[])
{
	return execvpe(file, argv, environ);
}

int execl(const char *path, const char *arg, ...)
{
	char *argv[256];
	int n = 0;
	va_list ap;
	va_start(ap, arg);
	argv[n++] = (char *)arg;
	while (n < 255 && (argv[n] = va_arg(ap, char *)) != NULL)
		n++;
	argv[n] = NULL;
	va_end(ap);
	REAL(execve);
	keep_all();
	return real_(path, argv, environ);
}

int execveat(int dirfd, const char *path, char *const argv[],
	     char *const envp[], int flags)
{
	REAL(execveat);
	keep_all();
	return real_(dirfd, path, argv, envp, flags);
}

int fexecve(int fd, char *const argv[], char *const envp[])
{
	REAL(fexecve);
	keep_all();
	return real_(fd, argv, envp);
}

int posix_spawn(pid_t *pid, const char *path,
		const posix_spawn_file_actions_t *fa,
		const posix_spawnattr_t *attr, char *const argv[],
		char *const envp[])
{
	REAL(posix_spawn);
	keep_all();
	return real_(pid, path, fa, attr, argv, envp);
}

int posix_spawnp(pid_t *pid, const char *file,
		 const posix_spawn_file_actions_t *fa,
		 const posix_spawnattr_t *attr, char *const argv[],
		 char *const envp[])
{
	REAL(posix_spawnp);
	keep_all();
	return real_(pid, file, fa, attr, argv, envp);
}
