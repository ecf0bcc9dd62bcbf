/*
 * reuse/old_number_refers_to_new_file - once a closed number has been
 * handed out again, it names the new open file and nothing of the old one:
 * reads return the new file's data, fstat() shows the new inode,
 * /proc/self/fd shows the new path, and the descriptor flags are the new
 * descriptor's (FD_CLOEXEC of the old one does not carry over).
 *
 * Cites: close(2) DESCRIPTION; open(2) DESCRIPTION and NOTES "Open file
 * descriptions"; fcntl(2) "File descriptor flags"; proc(5) /proc/pid/fd.
 */
#include "fdtest.h"

FT_CASE("a reused number refers to the new file only",
	"close(2) DESCRIPTION; open(2) DESCRIPTION, NOTES; fcntl(2) \"File descriptor flags\"; proc(5) /proc/pid/fd");

FT_POINT(reads_new_data_and_inode)
{
	char pa[FT_PATH_MAX], pb[FT_PATH_MAX], buf[16] = "";
	int a = ft_tmpfile("old-data", pa);
	FT_FD int keep = FT_SYS(dup(a)); /* keeps file a open elsewhere */
	FT_FD int b = ft_tmpfile("new-data", pb);
	struct stat sa, sb, sn;
	FT_SYS(fstat(a, &sa));
	FT_SYS(fstat(b, &sb));
	FT_SYS(close(a));
	FT_FD int n = FT_SYS(open(pb, O_RDONLY));
	FT_EQ(n, a);
	FT_EQ(read(a, buf, sizeof buf - 1), 8);
	FT_STREQ(buf, "new-data");
	FT_SYS(fstat(a, &sn));
	FT_EQ(sn.st_ino, sb.st_ino);
	FT_NE(sn.st_ino, sa.st_ino);
	char link[FT_PATH_MAX];
	ft_readlink_fd(a, link, sizeof link);
	FT_STREQ(link, pb);
}

FT_POINT(fd_flags_belong_to_new_descriptor)
{
	int a = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	FT_FD int hold = FT_SYS(open("/dev/null", O_RDONLY));
	FT_EQ(ft_getfd(a), FD_CLOEXEC);
	FT_SYS(close(a));
	FT_FD int n = FT_SYS(open("/dev/null", O_WRONLY | O_APPEND));
	FT_EQ(n, a);
	FT_EQ(ft_getfd(a), 0);
	FT_EQ(ft_getfl(a) & (O_ACCMODE | O_APPEND), O_WRONLY | O_APPEND);
}
