/*
 * exec/o_cloexec_closed - a descriptor opened with O_CLOEXEC (by open or
 * openat) is closed in the new program image by a successful execve,
 * while a descriptor opened without it stays open.
 *
 * Cites: open(2) DESCRIPTION (O_CLOEXEC, Linux 2.6.23); execve(2)
 * "Effect on process attributes" (descriptors marked close-on-exec are
 * closed); fcntl(2) "File descriptor flags"; POSIX open(3p), exec(3p).
 */
#include "exec.h"

FT_CASE("O_CLOEXEC descriptors are closed by execve",
	"open(2) O_CLOEXEC; execve(2) \"Effect on process attributes\"; fcntl(2) \"File descriptor flags\"; POSIX open(3p), exec(3p)");

FT_POINT(open_cloexec)
{
	struct ft_probe p;
	FT_FD int c = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_FD int k = FT_SYS(open(".", O_RDONLY | O_DIRECTORY));
	FT_EQ(ft_getfd(c), FD_CLOEXEC);
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
}

FT_POINT(openat_cloexec)
{
	struct ft_probe p;
	int c = FT_SYS(openat(AT_FDCWD, "f", O_RDWR | O_CREAT | O_CLOEXEC,
			      0600));
	FT_FD int k = FT_SYS(openat(AT_FDCWD, "f", O_RDWR));
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
	close(c);
}
