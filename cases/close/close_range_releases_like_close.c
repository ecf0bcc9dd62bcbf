/*
 * close/close_range_releases_like_close - each descriptor close_range()
 * closes is closed as by close(): when it was the last descriptor for its
 * open file description the description is released (a pipe reader then
 * sees end of file), while a description still referenced elsewhere stays
 * alive; and the process's record locks on that file are dropped.
 *
 * Cites: close_range(2) DESCRIPTION (Linux 5.9); close(2) DESCRIPTION
 * (record locks removed; the last descriptor frees the open file
 * description); fcntl(2) "Advisory record locking".
 */
#include "close.h"

FT_CASE("close_range releases descriptions and record locks as close does",
	"close_range(2) DESCRIPTION (Linux 5.9); close(2) DESCRIPTION; fcntl(2) \"Advisory record locking\"");

FT_POINT(last_write_end_gives_eof)
{
	int p[2];
	char c;
	FT_SYS(pipe(p));
	FT_NEED_CALL(ft_close_range(p[1], p[1], 0), "close_range", "Linux 5.9");
	FT_EQ(ft_poll_in(p[0], 1000), 1);
	FT_EQ(read(p[0], &c, 1), 0);
	close(p[0]);
}

FT_POINT(other_reference_keeps_description)
{
	int p[2];
	FT_SYS(pipe(p));
	FT_FD int d = FT_SYS(dup(p[1]));
	FT_NEED_CALL(ft_close_range(p[1], p[1], 0), "close_range", "Linux 5.9");
	FT_EQ(ft_poll_in(p[0], 0), 0); /* a writer is left: no EOF */
	FT_EQ(write(d, "x", 1), 1);
	close(p[0]);
}

static int locked_by_other(const char *path)
{
	pid_t me = getpid();
	pid_t pid = ft_fork();
	if (pid == 0) {
		struct flock q = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
		int fd = FT_SYS(open(path, O_RDWR));
		FT_SYS(fcntl(fd, F_GETLK, &q));
		_exit(q.l_type == F_WRLCK && q.l_pid == me ? 1 : 0);
	}
	return ft_wait_exit(pid, 0);
}

FT_POINT(record_lock_dropped)
{
	char path[FT_PATH_MAX];
	int fd = ft_tmpfile("locked", path);
	struct flock l = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
	FT_SYS(fcntl(fd, F_SETLK, &l));
	FT_EQ(locked_by_other(path), 1);
	FT_NEED_CALL(ft_close_range(fd, fd, 0), "close_range", "Linux 5.9");
	FT_EQ(locked_by_other(path), 0);
}
