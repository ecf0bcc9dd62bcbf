/*
 * limits/lowered_limit_keeps_fds - lowering the soft RLIMIT_NOFILE below
 * the highest open descriptor does not close or invalidate anything: a
 * descriptor numbered above the new limit still reads, writes, seeks,
 * fstats and closes normally.  Only creation is limited: a free number
 * below the limit can still be taken, numbers above it cannot.  Nor does
 * exec close it: a descriptor above the soft limit without FD_CLOEXEC is
 * in the new image, at the same number and offset.
 *
 * Cites: getrlimit(2) RLIMIT_NOFILE (the limit bounds the numbers that can
 * be opened); open(2) ERRORS (EMFILE); close(2) DESCRIPTION; execve(2)
 * "File descriptors open in the calling process image remain open in the
 * new process image, except for those for which the close-on-exec flag is
 * set".
 */
#include "nofile.h"

FT_CASE("lowering RLIMIT_NOFILE below open descriptors keeps them usable",
	"getrlimit(2) RLIMIT_NOFILE; open(2) ERRORS; close(2) DESCRIPTION; execve(2) DESCRIPTION");

FT_POINT(fd_above_limit_still_works)
{
	int h = lim_high_fd("hello");
	struct rlimit old;
	lim_soft(ft_lowest_free(), &old); /* h is now far above the limit */
	char buf[8] = "";
	FT_EQ(read(h, buf, 5), 5);
	FT_MEMEQ(buf, "hello", 5);
	FT_EQ(write(h, "!", 1), 1);
	FT_EQ(lseek(h, 0, SEEK_SET), 0);
	FT_EQ(pread(h, buf, 6, 0), 6);
	FT_MEMEQ(buf, "hello!", 6);
	struct stat st;
	FT_SYS(fstat(h, &st));
	FT_EQ(st.st_size, 6);
	FT_EQ(ft_getfd(h), 0);
	FT_SYS(close(h));
	FT_FALSE(ft_is_open(h));
	lim_restore(&old);
}

FT_POINT(only_numbers_below_limit_created)
{
	FT_FD int h = lim_high_fd("hello");
	struct rlimit old;
	int l = lim_one_slot(&old); /* only l is below the limit and free */
	FT_FD int a = FT_SYS(open("/dev/null", O_RDONLY));
	FT_EQ(a, l);
	FT_ERRNO(open("/dev/null", O_RDONLY), EMFILE);
	FT_ERRNO(dup(h), EMFILE);
	lim_restore(&old);
}

/* In the child about to exec: room for the probe's own two descriptors
   (its report and /proc/self/fd), and no more. */
static void lower_for_probe(void *arg)
{
	struct rlimit old;
	(void)arg;
	lim_soft(ft_lowest_free() + 4, &old);
}

FT_POINT(fd_above_limit_survives_exec)
{
	FT_FD int h = lim_high_fd("hello");
	FT_EQ(lseek(h, 3, SEEK_SET), 3);
	struct ft_probe p;
	ft_exec_probe(&p, lower_for_probe, NULL);
	const struct ft_probe_fd *f = ft_probe_find(&p, h);
	if (!f)
		FT_FAIL("fd %d (above the lowered soft limit, no FD_CLOEXEC) "
			"is not open in the exec'd image", h);
	FT_EQ(f->offset, 3);
	FT_STREQ(f->type, "reg");
}
