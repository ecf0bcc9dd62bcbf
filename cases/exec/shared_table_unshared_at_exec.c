/*
 * exec/shared_table_unshared_at_exec - a process that shares its
 * descriptor table (clone with CLONE_FILES) gets a private copy when it
 * calls execve, and only that copy loses the close-on-exec descriptors:
 * the process it shared the table with keeps them, and descriptors the
 * exec'ing process opened before the exec stay in both tables.
 */
#include "exec.h"
#include <sched.h>

FT_CASE("execve unshares a CLONE_FILES table before closing close-on-exec descriptors",
	"execve(2) \"Effect on process attributes\"; clone(2) \"The flags mask\" (CLONE_FILES)");

static const char *probe, *report;

static int child(void *arg)
{
	FT_SYS(open("opened-by-child", O_RDWR | O_CREAT, 0600));
	execl(probe, "fdprobe", report, (char *)NULL);
	FT_FAIL("cannot exec %s: %s", probe, ft_errno_name(errno));
}

FT_POINT(sharer_keeps_cloexec_fds)
{
	static char stack[256 * 1024] __attribute__((aligned(16)));
	struct ft_probe p;
	FT_FD int c = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_FD int k = ft_tmpfile("k", NULL);
	int opened = ft_lowest_free(); /* what the child's open will get */
	probe = ft_fixture("fdprobe");
	report = ex_report_path();
	fflush(NULL);
	pid_t pid = clone(child, stack + sizeof stack, CLONE_FILES | SIGCHLD,
			  NULL);
	FT_SYS(pid);
	FT_EQ(ft_wait_exit(pid, 0), 0);
	ex_read_report(report, &p);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
	EX_KEPT(&p, opened);
	FT_EQ(ft_getfd(c), FD_CLOEXEC); /* still open here */
	struct stat a, b;
	FT_SYS(fstat(opened, &a)); /* the table was shared until the exec */
	FT_SYS(stat("opened-by-child", &b));
	FT_EQ(a.st_ino, b.st_ino);
	close(opened);
}
