/*
 * fcntl/setfd_sets_cloexec - F_SETFD replaces the descriptor flags with
 * its argument: FD_CLOEXEC sets close-on-exec (and execve() then closes
 * the descriptor), 0 clears it, and bits other than FD_CLOEXEC define no
 * flag, so F_GETFD never reports them back.  So on every type of
 * descriptor and on a copy made by every call of the dup family, each
 * change made twice with the same argument.
 *
 * Cites: fcntl(2) "File descriptor flags" (F_SETFD; only FD_CLOEXEC is
 * defined; closed during a successful execve); POSIX fcntl(3p) F_SETFD.
 */
#include "fdtest.h"

FT_CASE("F_SETFD sets and clears FD_CLOEXEC",
	"fcntl(2) \"File descriptor flags\"; POSIX fcntl(3p)");

FT_POINT(set_then_clear)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_EQ(fcntl(fd, F_SETFD, FD_CLOEXEC), 0);
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
	FT_EQ(fcntl(fd, F_SETFD, 0), 0);
	FT_EQ(ft_getfd(fd), 0);
}

FT_POINT(undefined_bits_not_reported)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_EQ(fcntl(fd, F_SETFD, ~0), 0); /* includes FD_CLOEXEC */
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
	FT_EQ(fcntl(fd, F_SETFD, ~FD_CLOEXEC), 0); /* everything but it */
	FT_EQ(ft_getfd(fd), 0);
}

FT_POINT(exec_honours_flag)
{
	FT_FD int a = ft_tmpfile(NULL, NULL);
	FT_FD int b = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_SYS(fcntl(a, F_SETFD, FD_CLOEXEC));
	FT_SYS(fcntl(b, F_SETFD, 0));
	struct ft_probe pr;
	ft_exec_probe(&pr, NULL, NULL);
	FT_TRUE(ft_probe_find(&pr, a) == NULL);
	FT_TRUE(ft_probe_find(&pr, b) != NULL);
}

static void set_clear_twice(int fd)
{
	for (int i = 0; i < 2; i++)
		FT_EQ(fcntl(fd, F_SETFD, FD_CLOEXEC), 0);
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
	for (int i = 0; i < 2; i++)
		FT_EQ(fcntl(fd, F_SETFD, 0), 0);
	FT_EQ(ft_getfd(fd), 0);
}

FT_TABLE(set_then_clear_on, ft_fd_kinds)
{
	FT_FD int fd = row->open();
	set_clear_twice(fd);
}

FT_TABLE(set_then_clear_on_copy_via, ft_dup_kinds)
{
	FT_FD int orig = ft_tmpfile(NULL, NULL);
	FT_FD int copy = FT_SYS(row->dup(orig));
	set_clear_twice(copy);
}
