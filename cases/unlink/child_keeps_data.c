/*
 * unlink/child_keeps_data - the last close of an unlinked file is counted
 * over all processes: when the parent closes its descriptor, a child still
 * holding an inherited one keeps the file and reads and writes it; when the
 * child exits, the parent's descriptor keeps it.
 *
 * Cites: unlink(2) DESCRIPTION ("any processes still have the file open");
 * fork(2) DESCRIPTION; POSIX unlink(3p).
 */
#include "unlink.h"

FT_CASE("a forked child holding an unlinked file keeps it alive after the parent closes it",
	"unlink(2) DESCRIPTION; fork(2) DESCRIPTION; POSIX unlink(3p)");

FT_POINT(child_outlives_parent_fd)
{
	int p[2];
	FT_SYS(pipe(p));
	int fd = unlink_mkfile("f", "kept");
	FT_SYS(unlink("f"));
	pid_t pid = ft_fork();
	if (pid == 0) {
		close(p[1]);
		char c;
		FT_EQ(read(p[0], &c, 1), 0); /* EOF: the parent has closed */
		char buf[16] = "";
		FT_EQ(pread(fd, buf, sizeof buf, 0), 4);
		FT_MEMEQ(buf, "kept", 4);
		FT_EQ(pwrite(fd, "!", 1, 4), 1);
		FT_EQ(pread(fd, buf, sizeof buf, 0), 5);
		FT_MEMEQ(buf, "kept!", 5);
		_exit(0);
	}
	close(p[0]);
	FT_SYS(close(fd));
	close(p[1]);
	FT_CHILD_OK(pid);
}

FT_POINT(parent_outlives_child_fd)
{
	FT_FD int fd = unlink_mkfile("f", "kept");
	FT_SYS(unlink("f"));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(pwrite(fd, "KEPT", 4, 0), 4);
		close(fd);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	char buf[16] = "";
	FT_EQ(pread(fd, buf, sizeof buf, 0), 4);
	FT_MEMEQ(buf, "KEPT", 4);
}
