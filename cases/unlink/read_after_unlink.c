/*
 * unlink/read_after_unlink - removing the last name of an open file does not
 * take the data away: the descriptor that opened it, a dup of it and a
 * second, independent open made before the unlink all still read what the
 * file held, while the name itself is gone.
 *
 * Cites: unlink(2) DESCRIPTION (an open file outlives its last name);
 * POSIX unlink(3p).
 */
#include "unlink.h"

FT_CASE("an unlinked file stays readable through every descriptor open on it",
	"unlink(2) DESCRIPTION; POSIX unlink(3p)");

FT_POINT(same_fd_reads)
{
	FT_FD int fd = unlink_mkfile("f", "hello world");
	FT_SYS(unlink("f"));
	struct stat st;
	FT_ERRNO(stat("f", &st), ENOENT);
	char buf[32] = "";
	FT_EQ(ft_read_all(fd, buf, sizeof buf), 11);
	FT_MEMEQ(buf, "hello world", 11);
	FT_EQ(pread(fd, buf, 5, 6), 5);
	FT_MEMEQ(buf, "world", 5);
}

FT_POINT(dup_reads)
{
	FT_FD int fd = unlink_mkfile("f", "hello world");
	FT_FD int d = FT_SYS(dup(fd));
	FT_SYS(unlink("f"));
	char buf[32] = "";
	FT_EQ(pread(d, buf, sizeof buf, 0), 11);
	FT_MEMEQ(buf, "hello world", 11);
}

FT_POINT(second_open_reads)
{
	FT_FD int fd = unlink_mkfile("f", "hello world");
	FT_FD int o = FT_SYS(open("f", O_RDONLY));
	FT_SYS(unlink("f"));
	char buf[32] = "";
	FT_EQ(ft_read_all(o, buf, sizeof buf), 11);
	FT_MEMEQ(buf, "hello world", 11);
}
