/*
 * close/closefrom_closes_above - closefrom(lowfd) closes every open
 * descriptor numbered lowfd or higher and leaves those below lowfd open;
 * a lowfd above every open descriptor closes nothing.
 *
 * Cites: glibc manual "Opening and Closing Files" (closefrom, a GNU
 * extension added in glibc 2.34); close_range(2), which it is built on;
 * FreeBSD/Solaris closefrom(3).  Not in POSIX.
 */
#include "close.h"

FT_CASE("closefrom(lowfd) closes every descriptor >= lowfd and nothing below",
	"glibc manual \"Opening and Closing Files\" (closefrom, glibc 2.34); close_range(2); FreeBSD/Solaris closefrom(3)");

#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 34)
#define HAVE_CLOSEFROM 1
#else
#define HAVE_CLOSEFROM 0
#define closefrom(fd) ((void)(fd))
#endif

FT_POINT(closes_from_lowfd)
{
	if (!HAVE_CLOSEFROM)
		FT_SKIP("closefrom not provided by this C library (glibc 2.34)");
	int f = ft_free_run(5);
	pid_t pid = ft_fork(); /* whatever the environment left above f is
				  closed in the child only */
	if (pid == 0) {
		int all[4096], left[4096];
		int n = ft_list_fds(all, 4096), nb = 0;
		cl_fill(f, 2);
		cl_fill(f + 3, 2);
		closefrom(f + 1);
		FT_TRUE(ft_is_open(f));
		int m = ft_list_fds(left, 4096);
		for (int i = 0; i < n; i++)
			if (all[i] < f)
				nb++;
		FT_EQ(m, nb + 1);
		FT_MEMEQ(left, all, nb * sizeof(int));
		FT_EQ(left[nb], f);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(lowfd_above_all_closes_nothing)
{
	if (!HAVE_CLOSEFROM)
		FT_SKIP("closefrom not provided by this C library (glibc 2.34)");
	int before[4096], after[4096];
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	int nb = ft_list_fds(before, 4096);
	closefrom(before[nb - 1] + 1);
	FT_EQ(ft_list_fds(after, 4096), nb);
	FT_MEMEQ(after, before, nb * sizeof(int));
}
