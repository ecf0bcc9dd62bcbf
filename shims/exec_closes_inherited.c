/*
 * shim exec_closes_inherited: descriptors do not survive exec.  Before
 * every exec call every descriptor above 2 is closed, and posix_spawn
 * marks them all close-on-exec for the duration of the spawn, as a
 * sandbox that scrubs inherited descriptors would.
 *
 * fdsuite-targets: exec/plain_fds_survive exec/cloexec_is_per_descriptor
 * fdsuite-targets: exec/offset_survives exec/status_flags_survive
 * fdsuite-targets: exec/record_locks_survive exec/spawn_honors_cloexec
 * fdsuite-targets: exec/spawn_addclose exec/spawn_addclosefrom_np
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdarg.h>
#include <unistd.h>

extern char **environ;

static void before_exec(void)
{
	for (int fd = 3; fd < 4096; fd++)
		close(fd);
}

static int saved[4096];

static void before_spawn(void)
{
	for (int fd = 3; fd < 4096; fd++) {
		saved[fd] = fcntl(fd, F_GETFD);
		if (saved[fd] != -1)
			fcntl(fd, F_SETFD, FD_CLOEXEC);
	}
}

static void after_spawn(void)
{
	for (int fd = 3; fd < 4096; fd++)
		if (saved[fd] != -1)
			fcntl(fd, F_SETFD, saved[fd]);
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
