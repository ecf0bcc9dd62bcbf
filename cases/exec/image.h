/*
 * image.h - programs the exec cases run from their scratch directory: a
 * copy of the case program itself, which takes a role from its
 * environment before main() runs:
 *
 *   FDSUITE_EXEC_ROLE=park   write "r" to fd 1, then read fd 0 until EOF
 *                            and exit 0 (a running image parked on a pipe)
 *   FDSUITE_EXEC_ROLE=exit   exit 42 at once (proof that the image ran)
 *
 * and execveat(2) as applications call it, with a missing execveat
 * reported as a skip through FT_NEED_CALL.
 */
#ifndef CASES_EXEC_IMAGE_H
#define CASES_EXEC_IMAGE_H

#include "exec.h"

extern char **environ;

#define EX_RAN 42 /* exit status of the "exit" role */

__attribute__((constructor)) static void ex_role_(void)
{
	const char *r = getenv("FDSUITE_EXEC_ROLE");
	if (!r)
		return;
	if (strcmp(r, "park") == 0) {
		char c;
		if (write(1, "r", 1) != 1)
			_exit(3);
		while (read(0, &c, 1) > 0 || errno == EINTR)
			;
		_exit(0);
	}
	_exit(EX_RAN);
}

/* Copy the running case program to path (mode 0755, relative to the
   cwd unless absolute). */
static inline void ex_copy_self(const char *path)
{
	FT_FD int in = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	if (in == -1)
		FT_SKIP("needs /proc/self/exe to copy a program to run (%s)",
			ft_errno_name(errno));
	FT_FD int out = FT_SYS(open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0755));
	static char buf[65536];
	ssize_t n;
	while ((n = read(in, buf, sizeof buf)) > 0)
		ft_write_all(out, buf, (size_t)n);
	FT_EQ(n, 0);
}

/* The size of the file at path. */
static inline long long ex_size(const char *path)
{
	struct stat st;
	FT_SYS(stat(path, &st));
	return (long long)st.st_size;
}

/* -1 with errno e when e says execveat itself is missing, else 0. */
static inline int ex_missing_(int e)
{
	errno = e;
	return e == ENOSYS ? -1 : 0;
}

/* How ex_run_ execs: execveat(dirfd, path, flags), execve(path) or
   fexecve(dirfd). */
enum ex_how { EX_EXECVEAT, EX_EXECVE, EX_FEXECVE };

/*
 * Fork; the child execs path (or dirfd) the way how says, with argv
 * {"prog"} and the "exit" role in its environment.  Returns the exit
 * status of what ran (EX_RAN for a copy of the case program, the script's
 * status for a script), or -1 with errno set to the error the exec call
 * returned.  An ENOSYS from execveat skips the point (Linux 3.19).
 */
static inline int ex_run_(enum ex_how how, int dirfd, const char *path, int flags)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		char *argv[] = { "prog", NULL };
		char *envp[] = { "FDSUITE_EXEC_ROLE=exit", "PATH=/usr/bin:/bin", NULL };
		ft_close(&p[0]);
		if (how == EX_EXECVEAT)
			ex_execveat(dirfd, path, argv, envp, flags);
		else if (how == EX_EXECVE)
			execve(path, argv, envp);
		else
			fexecve(dirfd, argv, envp);
		int e = errno;
		if (write(p[1], &e, sizeof e) != (ssize_t)sizeof e)
			_exit(3);
		_exit(0);
	}
	ft_close(&p[1]);
	int e = 0;
	size_t n = ft_read_all(p[0], &e, sizeof e);
	ft_close(&p[0]);
	int st = ft_wait_exit(pid, 0);
	if (n == 0)
		return st;
	FT_EQ(n, sizeof e);
	if (how == EX_EXECVEAT)
		FT_NEED_CALL(ex_missing_(e), "execveat(2)", "Linux 3.19");
	errno = e;
	return -1;
}

#define ex_run_at(dirfd, path, flags) ex_run_(EX_EXECVEAT, (dirfd), (path), (flags))
#define ex_run_execve(path) ex_run_(EX_EXECVE, -1, (path), 0)
#define ex_run_fexecve(fd) ex_run_(EX_FEXECVE, (fd), NULL, 0)

/* Make target refer to fd's file and survive exec; dup2(fd, fd) would
   keep the O_CLOEXEC that fd got from pipe2 (fd 0 or 1 may have been
   closed, so pipe2 can hand out exactly the target number). */
static inline void ex_onto(int fd, int target)
{
	if (fd == target)
		FT_SYS(fcntl(fd, F_SETFD, 0));
	else
		FT_SYS(dup2(fd, target));
}

/* A copy of the case program parked on a pipe: running until released. */
struct ex_parked {
	pid_t pid;
	int release; /* close to let it exit */
};

/* Start path (a program copied by ex_copy_self) and return once it runs. */
static inline struct ex_parked ex_park(const char *path)
{
	FT_FDS int in[2] = FT_NO_FDS, ready[2] = FT_NO_FDS;
	ft_pipe(in, O_CLOEXEC);
	ft_pipe(ready, O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		char *argv[] = { "prog", NULL };
		char *envp[] = { "FDSUITE_EXEC_ROLE=park", NULL };
		ex_onto(in[0], 0);
		ex_onto(ready[1], 1);
		execve(path, argv, envp);
		FT_FAIL("cannot run %s: %s", path, ft_errno_name(errno));
	}
	ft_close(&in[0]);
	ft_close(&ready[1]);
	char c = 0;
	FT_EQ(ft_read_all(ready[0], &c, 1), 1); /* its execve is done */
	FT_EQ(c, 'r');
	struct ex_parked parked = { pid, in[1] };
	in[1] = -1; /* the caller's now */
	return parked;
}

static inline void ex_unpark(struct ex_parked *p)
{
	close(p->release);
	FT_CHILD_OK(p->pid);
}

/* A "#!/bin/sh" script at path that writes its $0 to "name.out" and exits
   with EX_RAN; the point skips where there is no /bin/sh. */
static inline void ex_script(const char *path)
{
	if (access("/bin/sh", X_OK) != 0)
		FT_SKIP("needs /bin/sh as the script interpreter");
	FT_FD int fd = FT_SYS(open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0755));
	const char *s = "#!/bin/sh\nprintf '%s' \"$0\" >name.out\nexit 42\n";
	ft_write_all(fd, s, strlen(s));
}

/* The interpreter of a script run by descriptor opens it as /dev/fd/N
   (execveat(2) NOTES), which exists only where procfs is mounted: skip
   where it does not (fd is closed first). */
static inline void ex_need_dev_fd(int fd)
{
	char name[32];
	snprintf(name, sizeof name, "/dev/fd/%d", fd);
	if (access(name, F_OK) == 0)
		return;
	int e = errno;
	close(fd);
	FT_SKIP("needs /dev/fd: the interpreter opens the script as %s, and it "
		"is missing here (%s; /proc not mounted?)", name, ft_errno_name(e));
}

#endif
