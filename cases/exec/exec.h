/*
 * exec.h - helpers shared by the cases under cases/exec/.
 *
 * Most cases use ft_exec_probe(); the helpers here cover images started
 * some other way (posix_spawn, fexecve, clone) that report through the
 * same fixtures/fdprobe.
 */
#ifndef CASES_EXEC_H
#define CASES_EXEC_H

#include "fdtest.h"
#include <spawn.h>
#include <sys/resource.h>
#include <sys/syscall.h>

extern char **environ;

/* The exec'd image must not hold fd (it was close-on-exec). */
#define EX_GONE(p, fd) ex_gone_(__FILE__, __LINE__, (p), (fd), #fd)
static inline void ex_gone_(const char *file, int line,
			    const struct ft_probe *p, int fd, const char *what)
{
	if (ft_probe_find(p, fd))
		ft_fail_(file, line, what, "closed in the new image",
			 "open in the new image", -1,
			 "%s (fd %d) survived execve", what, fd);
}

/* The exec'd image must hold fd, without FD_CLOEXEC; returns its entry. */
#define EX_KEPT(p, fd) ex_kept_(__FILE__, __LINE__, (p), (fd), #fd)
static inline const struct ft_probe_fd *
ex_kept_(const char *file, int line, const struct ft_probe *p, int fd,
	 const char *what)
{
	const struct ft_probe_fd *f = ft_probe_find(p, fd);
	if (!f)
		ft_fail_(file, line, what, "open in the new image",
			 "closed in the new image", -1,
			 "%s (fd %d) did not survive execve", what, fd);
	if (f->fdflags != 0)
		ft_fail_(file, line, what, "fdflags 0", "FD_CLOEXEC set", -1,
			 "%s (fd %d) has F_GETFD %d in the new image", what,
			 fd, f->fdflags);
	return f;
}

/* fd must read back F_GETFD want (FD_CLOEXEC or 0) before the exec. */
static inline void ex_fdflags_(const char *file, int line, int fd,
			       const char *what, int want)
{
	int got = ft_getfd_at(file, line, what, fd);
	if (got != want)
		ft_fail_(file, line, what, want ? "FD_CLOEXEC" : "0",
			 got ? "FD_CLOEXEC" : "0", -1,
			 "%s (fd %d) has F_GETFD %d before the exec", what,
			 fd, got);
}

/* Exec fdprobe now: the new image must not hold gone1/gone2 and must hold
   kept1/kept2 without FD_CLOEXEC (-1: no such descriptor).  Before the
   exec the gone ones must read back FD_CLOEXEC and the kept ones 0. */
#define EX_CLOSED_KEPT(gone1, gone2, kept1, kept2)                           \
	ex_closed_kept_(__FILE__, __LINE__, (int[4]){ gone1, gone2, kept1,   \
						      kept2 },               \
			(const char *[4]){ #gone1, #gone2, #kept1, #kept2 })
static inline void ex_closed_kept_(const char *file, int line,
				   const int fd[4], const char *what[4])
{
	struct ft_probe p;
	for (int i = 0; i < 4; i++)
		if (fd[i] >= 0)
			ex_fdflags_(file, line, fd[i], what[i],
				    i < 2 ? FD_CLOEXEC : 0);
	ft_exec_probe_at(file, line, &p, NULL, NULL);
	for (int i = 0; i < 4; i++)
		if (fd[i] >= 0 && i < 2)
			ex_gone_(file, line, &p, fd[i], what[i]);
		else if (fd[i] >= 0)
			ex_kept_(file, line, &p, fd[i], what[i]);
}

/* make(flags) creates a descriptor: made with cloexec | extra it is closed
   by execve, made with extra alone it survives. */
#define EX_FLAG_PAIR(make, cloexec, extra)                                   \
	ex_flag_pair_(__FILE__, __LINE__, (make), (cloexec), (extra))
static inline void ex_flag_pair_(const char *file, int line,
				 int (*make)(int flags), int cloexec,
				 int extra)
{
	FT_FD int marked = FT_SYS_AT(file, line, make(cloexec | extra));
	FT_FD int plain = FT_SYS_AT(file, line, make(extra));
	ex_closed_kept_(file, line, (int[4]){ marked, -1, plain, -1 },
			(const char *[4]){ "marked", "", "plain", "" });
}

/* The same for calls that make two descriptors (pipe2, socketpair):
   make2(flags, fds) returns 0 or -1. */
#define EX_FLAG_PAIR2(make2, cloexec, extra)                                 \
	ex_flag_pair2_(__FILE__, __LINE__, (make2), (cloexec), (extra))
static inline void ex_flag_pair2_(const char *file, int line,
				  int (*make2)(int flags, int fds[2]),
				  int cloexec, int extra)
{
	FT_FDS int marked[2] = FT_NO_FDS;
	FT_FDS int plain[2] = FT_NO_FDS;
	FT_SYS_AT(file, line, make2(cloexec | extra, marked));
	FT_SYS_AT(file, line, make2(extra, plain));
	ex_closed_kept_(file, line,
			(int[4]){ marked[0], marked[1], plain[0], plain[1] },
			(const char *[4]){ "marked[0]", "marked[1]", "plain[0]",
					   "plain[1]" });
}

/* Rows over descriptor numbers at the boundaries: a free number at or
   above .min, raising the soft RLIMIT_NOFILE toward the hard one where
   needed (the point skips when the hard limit does not allow it). */
struct ex_number { const char *name; int min; };
static const struct ex_number ex_numbers[] = {
	{ "above_63", 64 },
	{ "above_1023", 1024 },
};
#define ex_number_from(min) ex_number_from_(__FILE__, __LINE__, (min))
static inline int ex_number_from_(const char *file, int line, int min)
{
	struct rlimit rl;
	FT_SYS_AT(file, line, getrlimit(RLIMIT_NOFILE, &rl));
	rlim_t need = (rlim_t)min + 64;
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < need) {
		if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < need)
			ft_skip("RLIMIT_NOFILE hard limit %llu does not allow "
				"descriptor %d", (unsigned long long)rl.rlim_max,
				min);
		rl.rlim_cur = need;
		FT_SYS_AT(file, line, setrlimit(RLIMIT_NOFILE, &rl));
	}
	int fd = min;
	while (ft_is_open(fd))
		fd++;
	return fd;
}

static inline unsigned long long ex_ino(int fd)
{
	struct stat st;
	FT_SYS(fstat(fd, &st));
	return (unsigned long long)st.st_ino;
}

/* A fresh report path in the point's scratch directory (the cwd). */
static inline const char *ex_report_path(void)
{
	static char path[64];
	static int seq;
	snprintf(path, sizeof path, "exec-report.%d.%d", (int)getpid(), seq++);
	return path;
}

/* Parse (and remove) a report fdprobe wrote. */
static inline void ex_read_report(const char *path, struct ft_probe *out)
{
	static char text[FT_PROBE_MAX * 96 + 64];
	ft_read_file(path, text, sizeof text);
	unlink(path);
	if (!strstr(text, "end\n"))
		FT_FAIL("fdprobe report %s is missing or incomplete", path);
	ft_probe_parse(text, out);
}

/* posix_spawn fdprobe with the given file actions, wait for it and read
   what it holds. */
static inline void ex_spawn_probe(struct ft_probe *out,
				  const posix_spawn_file_actions_t *fa)
{
	const char *report = ex_report_path();
	char *argv[] = { "fdprobe", (char *)report, NULL };
	pid_t pid;
	int e = posix_spawn(&pid, ft_fixture("fdprobe"), fa, NULL, argv,
			    environ);
	if (e)
		ft_fail_(__FILE__, __LINE__, "posix_spawn(fdprobe)", "0",
			 "error", e, NULL);
	FT_EQ(ft_wait_exit(pid, 0), 0);
	ex_read_report(report, out);
}

/* execveat(2): the libc wrapper where there is one (glibc 2.34), else the
   system call (older glibc, musl). */
static inline int ex_execveat(int fd, const char *path, char *const argv[],
			      char *const envp[], int flags)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 34)
	return execveat(fd, path, argv, envp, flags);
#else /* no libc wrapper */
	return (int)syscall(SYS_execveat, fd, path, argv, envp, flags);
#endif
}

/* Ways of starting a new image, as rows: ex_probe_via(row->via, &probe)
   runs fdprobe that way and reads what it holds. */
enum { EX_VIA_EXECVE, EX_VIA_EXECV, EX_VIA_EXECVP, EX_VIA_EXECL, EX_VIA_EXECVEAT,
       EX_VIA_EXECVEAT_EMPTY_PATH, EX_VIA_FEXECVE, EX_VIA_VFORK_EXECVE, EX_VIA_SPAWN,
       EX_VIA_SPAWNP };
struct ex_method { const char *name; int via; };
static const struct ex_method ex_methods[] = {
	{ "execve", EX_VIA_EXECVE },
	{ "execv", EX_VIA_EXECV },
	{ "execvp", EX_VIA_EXECVP },
	{ "execl", EX_VIA_EXECL },
	{ "execveat", EX_VIA_EXECVEAT },
	{ "execveat_empty_path", EX_VIA_EXECVEAT_EMPTY_PATH },
	{ "fexecve", EX_VIA_FEXECVE },
	{ "vfork_execve", EX_VIA_VFORK_EXECVE },
	{ "posix_spawn", EX_VIA_SPAWN },
	{ "posix_spawnp", EX_VIA_SPAWNP },
};
#define ex_probe_via(via, out) ex_probe_via_(__FILE__, __LINE__, (via), (out))
static inline void ex_probe_via_(const char *file, int line, int via,
				 struct ft_probe *out)
{
	const char *report = ex_report_path();
	const char *probe = ft_fixture("fdprobe");
	char *argv[] = { "fdprobe", (char *)report, NULL };
	pid_t pid;
	if (via == EX_VIA_SPAWN || via == EX_VIA_SPAWNP) {
		int e = (via == EX_VIA_SPAWN ? posix_spawn : posix_spawnp)(
			&pid, probe, NULL, NULL, argv, environ);
		if (e)
			ft_fail_(file, line, "posix_spawn(fdprobe)", "0",
				 "error", e, NULL);
	} else {
		/* the image by descriptor, close-on-exec like any
		   descriptor a program opens for itself */
		FT_FD int image = FT_SYS_AT(file, line,
					    open(probe, O_RDONLY | O_CLOEXEC));
		fflush(NULL);
		pid = via == EX_VIA_VFORK_EXECVE ? vfork() : fork();
		FT_SYS_AT(file, line, pid);
		if (pid == 0) {
			switch (via) {
			case EX_VIA_EXECVE:
			case EX_VIA_VFORK_EXECVE:
				execve(probe, argv, environ);
				break;
			case EX_VIA_EXECV: execv(probe, argv); break;
			case EX_VIA_EXECVP: execvp(probe, argv); break;
			case EX_VIA_EXECL:
				execl(probe, argv[0], argv[1], (char *)NULL);
				break;
			case EX_VIA_EXECVEAT:
				ex_execveat(AT_FDCWD, probe, argv, environ, 0);
				break;
			case EX_VIA_EXECVEAT_EMPTY_PATH:
				ex_execveat(image, "", argv, environ, AT_EMPTY_PATH);
				break;
			case EX_VIA_FEXECVE: fexecve(image, argv, environ); break;
			}
			_exit(127);
		}
	}
	int code = ft_wait_exit_at(file, line, pid, 0);
	if (code != 0)
		ft_fail_(file, line, "exec of fdprobe", "exit 0", "non-zero", -1,
			 "fdprobe started that way exited with %d", code);
	ex_read_report(report, out);
}

#endif
