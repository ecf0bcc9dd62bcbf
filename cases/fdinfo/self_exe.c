/*
 * fdinfo/self_exe - /proc/self/exe is a link to the program the process
 * runs: it reads as an absolute path, and opening it (read-only) or
 * stat() through it reaches the same file (device and inode) as that
 * path.  Executing it runs another copy of the program, and a program
 * opened read-only can be run through /proc/self/fd/N: the new image
 * holds N when it was not close-on-exec and does not when it was (an ELF
 * binary is loaded before close-on-exec descriptors are closed).  Opening
 * the running program for writing fails with ETXTBSY (open(2) ERRORS;
 * checked where the file is writable by the caller, as permission is
 * checked first).  Here the copy run is the case program itself, in its
 * "--fdprobe REPORT" mode.
 */
#include "fdinfo.h"

FT_CASE("/proc/self/exe reaches the running program's file; it runs through /proc/self/fd/N",
	"proc(5) \"/proc/pid/exe\", \"/proc/pid/fd/\"; execve(2) DESCRIPTION; open(2) ERRORS (ETXTBSY)");

FT_NEEDS(FT_NEEDS_PROC)

static void same_file(const struct stat *a, const struct stat *b)
{
	FT_EQ(a->st_dev, b->st_dev);
	FT_EQ(a->st_ino, b->st_ino);
}

FT_POINT(open_and_stat_reach_program)
{
	char path[FT_PATH_MAX];
	ssize_t n = FT_SYS(readlink("/proc/self/exe", path, sizeof path - 1));
	path[n] = 0;
	FT_EQ(path[0], '/');
	struct stat by_path, by_link, by_fd;
	FT_SYS(stat(path, &by_path));
	FT_SYS(stat("/proc/self/exe", &by_link));
	FT_FD int fd = FT_SYS(open("/proc/self/exe", O_RDONLY | O_CLOEXEC));
	FT_SYS(fstat(fd, &by_fd));
	same_file(&by_link, &by_path);
	same_file(&by_fd, &by_path);
	FT_FLAG_SET(by_fd.st_mode, S_IFREG);
}

/* Runs path in a child as "prog --fdprobe report" and reads the report. */
static void run_probe(const char *path, struct ft_probe *p)
{
	static char text[FT_PROBE_MAX * 96 + 64];
	pid_t pid = ft_fork();
	if (pid == 0) {
		char *argv[] = { "prog", "--fdprobe", "report", NULL };
		execv(path, argv);
		FT_FAIL("execv(%s): %s", path, ft_errno_name(errno));
	}
	FT_CHILD_OK(pid);
	ft_read_file("report", text, sizeof text);
	FT_SYS(unlink("report"));
	FT_TRUE(strstr(text, "end\n") != NULL);
	ft_probe_parse(text, p);
}

FT_POINT(exec_runs_the_program)
{
	static struct ft_probe p;
	FT_FD int kept = FT_SYS(open("/dev/null", O_RDONLY));
	run_probe("/proc/self/exe", &p);
	FT_TRUE(ft_probe_find(&p, kept) != NULL);
}

static const struct {
	const char *name;
	int flags;
	int kept;
} opens[] = {
	{ "plain", O_RDONLY, 1 },
	{ "cloexec", O_RDONLY | O_CLOEXEC, 0 },
};

FT_TABLE(exec_through_proc_self_fd, opens)
{
	static struct ft_probe p;
	char path[64];
	struct stat st;
	FT_FD int fd = FT_SYS(open("/proc/self/exe", row->flags));
	FT_SYS(fstat(fd, &st));
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	run_probe(path, &p);
	const struct ft_probe_fd *got = ft_probe_find(&p, fd);
	if (row->kept) {
		FT_TRUE(got != NULL);
		FT_EQ(got->ino, st.st_ino);
	} else {
		FT_TRUE(got == NULL);
	}
}

FT_POINT(write_open_etxtbsy)
{
	char path[FT_PATH_MAX];
	ssize_t n = FT_SYS(readlink("/proc/self/exe", path, sizeof path - 1));
	path[n] = 0;
	if (access(path, W_OK) != 0)
		FT_SKIP("the program file is not writable here (%s): EACCES would come first",
			ft_errno_name(errno));
	FT_ERRNO(open("/proc/self/exe", O_WRONLY | O_CLOEXEC), ETXTBSY);
	FT_ERRNO(open("/proc/self/exe", O_RDWR | O_CLOEXEC), ETXTBSY);
}
