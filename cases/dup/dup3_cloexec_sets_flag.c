/*
 * dup/dup3_cloexec_sets_flag - dup3() with O_CLOEXEC gives the new
 * descriptor the close-on-exec flag (and execve() then closes it), while
 * dup3() with flags 0 leaves it clear; oldfd's own flag is untouched.
 *
 * Cites: dup(2) DESCRIPTION "dup3()"; open(2) O_CLOEXEC; fcntl(2) "File
 * descriptor flags".  dup3() since Linux 2.6.27.
 */
#include "fdtest.h"

FT_CASE("dup3 with O_CLOEXEC sets FD_CLOEXEC on the new descriptor only",
	"dup(2) DESCRIPTION \"dup3()\"; open(2) O_CLOEXEC; fcntl(2) \"File descriptor flags\"");

FT_POINT(sets_flag)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_FD int n = ft_lowest_free();
	FT_EQ(dup3(fd, n, O_CLOEXEC), n);
	FT_EQ(ft_getfd(n), FD_CLOEXEC);
	FT_EQ(ft_getfd(fd), 0);
}

FT_POINT(zero_flags_clears)
{
	FT_FD int fd = FT_SYS(open("f", O_RDWR | O_CREAT | O_CLOEXEC, 0600));
	FT_FD int n = ft_lowest_free();
	FT_EQ(dup3(fd, n, 0), n);
	FT_EQ(ft_getfd(n), 0);
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
}

FT_POINT(closed_by_exec)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_FD int n = ft_lowest_free();
	FT_EQ(dup3(fd, n, O_CLOEXEC), n);
	struct ft_probe pr;
	ft_exec_probe(&pr, NULL, NULL);
	FT_TRUE(ft_probe_find(&pr, n) == NULL);
	FT_TRUE(ft_probe_find(&pr, fd) != NULL);
}
