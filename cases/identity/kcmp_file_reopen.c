/*
 * identity/kcmp_file_reopen - opening a file again makes a new open file
 * description, even for the same file and through the descriptor's own
 * /proc/self/fd link: kcmp(2) KCMP_FILE answers non-zero for two opens of
 * one path and for a descriptor and its reopening through /proc.  The
 * answer orders the two descriptions (1: less, 2: greater; 3: unequal
 * without order), so swapping the arguments swaps 1 and 2.
 */
#include "identity.h"

FT_CASE("kcmp(KCMP_FILE) tells two opens of one file apart, and orders them consistently",
	"kcmp(2) DESCRIPTION (KCMP_FILE), RETURN VALUE; open(2) NOTES \"Open file descriptions\"; "
	"proc(5) /proc/pid/fd");

static void differ_both_ways(int a, int b)
{
	long ab = id_kcmp_file(getpid(), a, getpid(), b);
	long ba = id_kcmp_file(getpid(), b, getpid(), a);
	FT_TRUE(ab >= 1 && ab <= 3);
	FT_EQ(ba, ab == 3 ? 3 : 3 - ab);
}

FT_POINT(same_path_twice)
{
	id_need_kcmp();
	char path[FT_PATH_MAX];
	FT_FD int first = ft_tmpfile("data", path);
	FT_FD int second = FT_SYS(open(path, O_RDONLY | O_CLOEXEC));
	differ_both_ways(first, second);
}

FT_POINT(proc_self_fd_reopen)
{
	ft_require(FT_NEEDS_PROC);
	id_need_kcmp();
	FT_FD int fd = ft_tmpfile("data", NULL);
	char link[64];
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	FT_FD int again = FT_SYS(open(link, O_RDONLY | O_CLOEXEC));
	differ_both_ways(fd, again);
	FT_FD int copy = FT_SYS(dup(fd)); /* while a dup is the same */
	FT_EQ(id_kcmp_file(getpid(), fd, getpid(), copy), 0);
}

FT_POINT(dev_null_twice)
{
	id_need_kcmp();
	FT_FD int first = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	FT_FD int second = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	differ_both_ways(first, second);
}
