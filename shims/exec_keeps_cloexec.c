/*
 * shim exec_keeps_cloexec: close-on-exec is ignored.  Before every exec
 * (execve, execv, execvp, execvpe, execl, execle, execlp, fexecve,
 * execveat) and before posix_spawn/posix_spawnp, FD_CLOEXEC is cleared on
 * every descriptor, so the new image inherits them all, as on a system
 * that does not implement the flag.
 *
 * fdsuite-targets: exec/o_cloexec_closed exec/fd_cloexec_setfd_closed
 * fdsuite-targets: exec/dupfd_cloexec_closed exec/dup3_cloexec_closed
 * fdsuite-targets: exec/pipe2_cloexec_closed exec/sock_cloexec_closed
 * fdsuite-targets: exec/epoll_cloexec_closed exec/eventfd_cloexec_closed
 * fdsuite-targets: exec/timerfd_cloexec_closed exec/signalfd_cloexec_closed
 * fdsuite-targets: exec/inotify_cloexec_closed exec/memfd_cloexec_closed
 * fdsuite-targets: exec/msg_cmsg_cloexec_closed exec/close_range_cloexec_closed
 * fdsuite-targets: exec/pidfd_open_cloexec_closed exec/fexecve_cloexec_elf
 * fdsuite-targets: exec/execveat_script_cloexec_enoent exec/spawn_honors_cloexec
 * fdsuite-targets: exec/cloexec_is_per_descriptor exec/shared_table_unshared_at_exec
 * fdsuite-targets: exec/failed_exec_closes_nothing exec/spawn_adddup2
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdarg.h>
#include <unistd.h>

extern char **environ;

static void before_exec(void)
{
	for (int fd = 0; fd < 4096; fd++) {
		int f = fcntl(fd, F_GETFD);
		if (f > 0)
			fcntl(fd, F_SETFD, f & ~FD_CLOEXEC);
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

int posix_spawn(pid_t *pid, const char *path,
		const posix_spawn_file_actions_t *fa,
		const posix_spawnattr_t *attr, char *const argv[],
		char *const envp[])
{
	REAL(posix_spawn);
	before_exec();
	return real_(pid, path, fa, attr, argv, envp);
}

int posix_spawnp(pid_t *pid, const char *file,
		 const posix_spawn_file_actions_t *fa,
		 const posix_spawnattr_t *attr, char *const argv[],
		 char *const envp[])
{
	REAL(posix_spawnp);
	before_exec();
	return real_(pid, file, fa, attr, argv, envp);
}
