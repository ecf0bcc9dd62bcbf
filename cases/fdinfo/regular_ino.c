/*
 * fdinfo/regular_ino - /proc/self/fdinfo/N has an "ino:" field (Linux
 * 5.14) with the inode number of the open file, in decimal: it is what
 * fstat() reports as st_ino for a regular file, a directory, a pipe and a
 * socket, the same through a duplicate, different for another file.
 * (pos, flags and mnt_id are checked by proc/fdinfo_*.)
 */
#include "fdinfo.h"

FT_CASE("fdinfo's \"ino:\" is the open file's inode number",
	"proc(5) \"/proc/pid/fdinfo/\"; kernel commit 3845f256a8b5 (ino in fdinfo, Linux 5.14)");

static long long ino_of(int fd)
{
	char info[4096];
	fdinfo_read(fd, info, sizeof info);
	if (!proc_field_text(info, "ino"))
		FT_SKIP("fdinfo has no ino: field (Linux 5.14)");
	return proc_field(info, "ino", 10);
}

static int mk_reg(void) { return ft_tmpfile("x", NULL); }
static int mk_dir(void) { return FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)); }
static int mk_pipe(void)
{
	int p[2];
	ft_pipe(p, O_CLOEXEC);
	FT_SYS(close(p[1]));
	return p[0];
}
static int mk_sock(void)
{
	return FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
}

static const struct {
	const char *name;
	int (*make)(void);
} kinds[] = {
	{ "reg", mk_reg }, { "dir", mk_dir }, { "pipe", mk_pipe }, { "socket", mk_sock },
};

FT_TABLE(matches_fstat, kinds)
{
	struct stat st;
	FT_FD int fd = row->make();
	FT_SYS(fstat(fd, &st));
	FT_EQ(ino_of(fd), st.st_ino);
	FT_FD int copy = FT_SYS(fcntl(fd, F_DUPFD_CLOEXEC, 0));
	FT_EQ(ino_of(copy), st.st_ino);
}

FT_POINT(other_file_other_ino)
{
	struct stat a, b;
	FT_FD int one = ft_tmpfile("1", NULL);
	FT_FD int two = ft_tmpfile("2", NULL);
	FT_SYS(fstat(one, &a));
	FT_SYS(fstat(two, &b));
	FT_NE(a.st_ino, b.st_ino);
	FT_EQ(ino_of(one), a.st_ino);
	FT_EQ(ino_of(two), b.st_ino);
}
