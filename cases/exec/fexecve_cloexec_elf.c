/*
 * exec/fexecve_cloexec_elf - fexecve() runs an ELF program from a
 * descriptor that is itself close-on-exec (opened O_RDONLY or O_PATH
 * with O_CLOEXEC); the program starts and that descriptor is closed in
 * it, while the caller's other descriptors are inherited as usual.
 */
#include "exec.h"

FT_CASE("fexecve of an ELF binary works from a close-on-exec descriptor",
	"fexecve(3) DESCRIPTION, NOTES; execveat(2) (Linux 3.19); POSIX fexecve(3p)");

static void fexec_probe(int oflags)
{
	struct ft_probe p;
	const char *probe = ft_fixture("fdprobe");
	const char *report = ex_report_path();
	FT_FD int k = ft_tmpfile(NULL, NULL);
	int expect = ft_lowest_free(); /* what the child's open will get */
	pid_t pid = ft_fork();
	if (pid == 0) {
		char *argv[] = { "fdprobe", (char *)report, NULL };
		int fd = FT_SYS(open(probe, oflags | O_CLOEXEC));
		FT_EQ(fd, expect);
		fexecve(fd, argv, environ);
		if (errno == ENOSYS)
			FT_SKIP("fexecve needs execveat (Linux 3.19) or /proc");
		FT_FAIL("fexecve failed: %s", ft_errno_name(errno));
	}
	FT_EQ(ft_wait_exit(pid, 0), 0);
	ex_read_report(report, &p);
	EX_GONE(&p, expect);
	EX_KEPT(&p, k);
}

FT_POINT(rdonly_cloexec)
{
	fexec_probe(O_RDONLY);
}

FT_POINT(opath_cloexec)
{
	fexec_probe(O_PATH);
}
