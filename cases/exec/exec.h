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

#endif
