/*
 * close/close_range_cloexec_marks - with CLOSE_RANGE_CLOEXEC,
 * close_range() closes nothing: every open descriptor in [first, last]
 * stays open and usable and gets the close-on-exec flag, and descriptors
 * outside the range keep their flags.  (That the marked descriptors are
 * then closed by execve is checked in exec/close_range_cloexec_closed.)
 *
 * Cites: close_range(2) DESCRIPTION (CLOSE_RANGE_CLOEXEC, Linux 5.11),
 * NOTES "Closing files on exec"; fcntl(2) "File descriptor flags".
 */
#include "close.h"

FT_CASE("close_range CLOSE_RANGE_CLOEXEC marks descriptors without closing them",
	"close_range(2) DESCRIPTION, NOTES \"Closing files on exec\" (CLOSE_RANGE_CLOEXEC, Linux 5.11); fcntl(2) \"File descriptor flags\"");

FT_POINT(marks_range_only)
{
	int f = ft_free_run(5);
	cl_fill(f, 5);
	FT_NEED_FLAG(ft_close_range(f + 1, f + 3, CLOSE_RANGE_CLOEXEC),
		     "close_range CLOSE_RANGE_CLOEXEC", "Linux 5.11");
	FT_EQ(ft_getfd(f), 0);
	for (int i = 1; i <= 3; i++)
		FT_EQ(ft_getfd(f + i), FD_CLOEXEC);
	FT_EQ(ft_getfd(f + 4), 0);
	for (int i = 0; i < 5; i++)
		close(f + i);
}

FT_POINT(marked_still_usable)
{
	int fd = ft_tmpfile("abc", NULL);
	char c;
	FT_NEED_FLAG(ft_close_range(fd, fd, CLOSE_RANGE_CLOEXEC),
		     "close_range CLOSE_RANGE_CLOEXEC", "Linux 5.11");
	FT_EQ(read(fd, &c, 1), 1);
	FT_EQ(c, 'a');
	FT_EQ(close(fd), 0);
}

FT_POINT(gaps_stay_free)
{
	int f = ft_free_run(3);
	cl_fill(f, 1);
	cl_fill(f + 2, 1);
	FT_NEED_FLAG(ft_close_range(f, f + 2, CLOSE_RANGE_CLOEXEC),
		     "close_range CLOSE_RANGE_CLOEXEC", "Linux 5.11");
	FT_EQ(ft_getfd(f), FD_CLOEXEC);
	FT_ERRNO(fcntl(f + 1, F_GETFD), EBADF);
	FT_EQ(ft_getfd(f + 2), FD_CLOEXEC);
	close(f);
	close(f + 2);
}

FT_POINT(already_marked_stays_marked)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_SYS(fcntl(fd, F_SETFD, FD_CLOEXEC));
	FT_NEED_FLAG(ft_close_range(fd, fd, CLOSE_RANGE_CLOEXEC),
		     "close_range CLOSE_RANGE_CLOEXEC", "Linux 5.11");
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
}
