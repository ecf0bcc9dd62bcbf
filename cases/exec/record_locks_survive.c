/*
 * exec/record_locks_survive - POSIX record locks held by a process are
 * kept across execve: another process still sees the lock, owned by the
 * same pid, while the new image runs, and it goes away only when that
 * image exits.
 *
 * Design: the child takes a write lock, then execs fdprobe with a FIFO as
 * its report file.  A close-on-exec pipe tells the parent the exec has
 * happened (EOF), and fdprobe then waits in open() of the FIFO, so the
 * parent can test the lock with F_GETLK while the new image is alive.
 */
#include "exec.h"

FT_CASE("POSIX record locks survive execve",
	"fcntl(2) \"Advisory record locking\"; execve(2) \"Effect on process attributes\"; POSIX exec(3p)");

static struct flock query(int fd)
{
	struct flock q = { .l_type = F_WRLCK, .l_whence = SEEK_SET,
			   .l_start = 0, .l_len = 10 };
	FT_SYS(fcntl(fd, F_GETLK, &q));
	return q;
}

FT_POINT(lock_held_by_new_image)
{
	char path[FT_PATH_MAX], buf[4096];
	int mine = ft_tmpfile("0123456789", path), sync[2], e = 0;
	const char *probe = ft_fixture("fdprobe");
	FT_SYS(mkfifo("report.fifo", 0600));
	FT_SYS(pipe2(sync, O_CLOEXEC));
	pid_t pid = ft_fork();
	if (pid == 0) {
		struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET,
				    .l_start = 0, .l_len = 5 };
		int fd = open(path, O_RDWR);
		if (fd != -1 && fcntl(fd, F_SETLK, &fl) == 0)
			execl(probe, "fdprobe", "report.fifo", (char *)NULL);
		e = errno;
		FT_EQ(write(sync[1], &e, sizeof e), (long)sizeof e);
		_exit(1);
	}
	close(sync[1]);
	if (read(sync[0], &e, sizeof e) != 0) /* EOF: exec'd */
		FT_FAIL("the child could not lock and exec: %s",
			ft_errno_name(e));
	struct flock q = query(mine);
	FT_EQ(q.l_type, F_WRLCK);
	FT_EQ(q.l_pid, pid);
	FT_EQ(q.l_start, 0);
	FT_EQ(q.l_len, 5);
	int r = FT_SYS(open("report.fifo", O_RDONLY)); /* lets it finish */
	size_t n = ft_read_all(r, buf, sizeof buf - 1);
	buf[n] = 0;
	FT_STRHAS(buf, "end\n");
	FT_CHILD_OK(pid);
	FT_EQ(query(mine).l_type, F_UNLCK); /* released at exit */
	close(r);
	close(sync[0]);
	close(mine);
}
