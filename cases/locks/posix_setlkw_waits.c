/*
 * locks/posix_setlkw_waits - F_SETLKW on a range another process holds
 * waits instead of failing, and is granted as soon as the holder's lock
 * goes away, here because the holder exits (record locks are released
 * when the process terminates).
 *
 * Cites: fcntl(2) "Advisory record locking" (F_SETLKW; released when the
 * process terminates); POSIX fcntl(3p).
 */
#include "locks.h"

FT_CASE("F_SETLKW waits for a conflicting lock and is granted when its holder exits",
	"fcntl(2) \"Advisory record locking\" (F_SETLKW); POSIX fcntl(3p)");

/* A waiter child: F_SETLKW on [start, start+len) of path, then a byte on
   *got, then exit.  It closes its copy of the holder's release pipe. */
static pid_t waiter(const char *path, short type, off_t start, off_t len,
		    int rel, int *got)
{
	int p[2];
	FT_SYS(pipe(p));
	pid_t pid = ft_fork();
	if (pid == 0) {
		close(rel);
		close(p[0]);
		int fd = FT_SYS(open(path, O_RDWR));
		FT_SYS(lk_set(fd, F_SETLKW, type, start, len));
		FT_EQ(write(p[1], "g", 1), 1);
		_exit(0);
	}
	close(p[1]);
	*got = p[0];
	return pid;
}

FT_POINT(waits_until_holder_exits)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile("0123456789", path));
	int rel, got;
	pid_t h = lk_holder(path, F_SETLK, F_WRLCK, 0, 10, 0, &rel);
	pid_t w = waiter(path, F_WRLCK, 3, 1, rel, &got);
	ft_wait_blocked(w, FT_NR_FCNTL, 0);
	FT_EQ(ft_poll_in(got, 0), 0); /* still waiting */
	close(rel);
	FT_CHILD_OK(h);
	FT_EQ(ft_poll_in(got, 3000), 1); /* granted */
	FT_CHILD_OK(w);
	close(got);
}

FT_POINT(read_waits_for_writer_only)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile("0123456789", path));
	int rel, got;
	pid_t h = lk_holder(path, F_SETLK, F_RDLCK, 0, 10, 0, &rel);
	pid_t w = waiter(path, F_RDLCK, 0, 10, rel, &got);
	FT_EQ(ft_poll_in(got, 3000), 1); /* read on read: no wait */
	FT_CHILD_OK(w);
	close(got);
	close(rel);
	FT_CHILD_OK(h);
}
