/*
 * limits/high_fd_dup_down - the soft RLIMIT_NOFILE bounds the number of
 * the descriptor being created, not the one being copied: a descriptor
 * numbered above a lowered limit can be duplicated down to a free number
 * below it with dup(), F_DUPFD or dup2(), and the copy shares the open
 * file description.  The reverse, dup2() onto a number at or above the
 * limit, fails with EBADF even when that number is already open.
 *
 * Cites: getrlimit(2) RLIMIT_NOFILE (one greater than the highest number
 * that can be opened); dup(2) DESCRIPTION and ERRORS (EBADF: newfd out of
 * the allowed range); fcntl(2) "Duplicating a file descriptor".
 */
#include "nofile.h"

FT_CASE("a descriptor above RLIMIT_NOFILE can be duplicated below it",
	"getrlimit(2) RLIMIT_NOFILE; dup(2) DESCRIPTION, ERRORS; fcntl(2) \"Duplicating a file descriptor\"");

FT_POINT(dup_and_f_dupfd_copy_down)
{
	FT_FD int h = lim_high_fd("abc");
	struct rlimit old;
	int l = ft_lowest_free(), n2 = l + 1;
	while (ft_is_open(n2))
		n2++;
	FT_LT(n2, h);
	lim_soft(n2 + 1, &old); /* room for exactly l and n2 */
	FT_FD int a = FT_SYS(dup(h));
	FT_EQ(a, l);
	FT_FD int b = FT_SYS(fcntl(h, F_DUPFD, 0));
	FT_EQ(b, n2);
	char c;
	FT_EQ(read(a, &c, 1), 1);
	FT_EQ(ft_offset(h), 1); /* one open file description */
	lim_restore(&old);
}

FT_POINT(dup2_copies_down)
{
	FT_FD int h = lim_high_fd("abc");
	struct rlimit old;
	FT_FD int l = ft_lowest_free();
	lim_soft(l + 1, &old);
	FT_EQ(dup2(h, l), l);
	FT_EQ(lseek(l, 2, SEEK_SET), 2);
	FT_EQ(ft_offset(h), 2);
	lim_restore(&old);
}

FT_POINT(dup2_onto_open_high_fd_ebadf)
{
	FT_FD int h = lim_high_fd("abc");
	FT_FD int src = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	struct rlimit old;
	lim_soft(ft_lowest_free(), &old);
	FT_ERRNO(dup2(src, h), EBADF);
	FT_EQ(ft_offset(h), 0); /* h still refers to the scratch file */
	char c;
	FT_EQ(read(h, &c, 1), 1);
	FT_EQ(c, 'a');
	lim_restore(&old);
}
