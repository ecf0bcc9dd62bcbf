/*
 * locks/posix_setlkw_deadlock - when two processes each hold a POSIX lock
 * and each asks with F_SETLKW for the other's, the kernel sees the cycle
 * and fails one of the two requests with EDEADLK (whichever would close
 * the cycle); once that process lets go, the other request is granted.
 *
 * Cites: fcntl(2) "Advisory record locking" (deadlock detection), ERRORS
 * (EDEADLK), BUGS "Deadlock detection"; POSIX fcntl(3p) ERRORS (EDEADLK).
 */
#include "locks.h"
#include <sys/time.h>

static void on_alarm(int s)
{
	(void)s; /* only interrupts a wait that detection failed to end */
}

FT_CASE("F_SETLKW fails one side of a two-process lock cycle with EDEADLK",
	"fcntl(2) \"Advisory record locking\"; ERRORS (EDEADLK); POSIX fcntl(3p)");

FT_POINT_OPTS(one_side_gets_edeadlk, .timeout_ms = 8000)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("01", path);
	FT_FDS int up[2] = FT_NO_FDS;
	int down[2];
	FT_SYS(pipe(up));
	FT_SYS(pipe(down));
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 0, 1));
	pid_t pid = ft_fork();
	if (pid == 0) {
		close(up[0]);
		close(down[1]);
		int cfd = FT_SYS(open(path, O_RDWR));
		FT_SYS(lk_set(cfd, F_SETLK, F_WRLCK, 1, 1));
		char c;
		FT_EQ(write(up[1], "r", 1), 1);
		FT_EQ(read(down[0], &c, 1), 1);
		int r = lk_set(cfd, F_SETLKW, F_WRLCK, 0, 1);
		int e = r == -1 ? errno : 0;
		FT_EQ(write(up[1], &e, sizeof e), sizeof e);
		_exit(0); /* releases both of the child's locks */
	}
	ft_close(&up[1]);
	close(down[0]);
	char c;
	FT_EQ(ft_read_all(up[0], &c, 1), 1);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm; /* no SA_RESTART: F_SETLKW fails with EINTR */
	FT_SYS(sigaction(SIGALRM, &sa, NULL));
	int ms = ft_scaled_ms(2000);
	struct itimerval it = { { 0, 0 }, { ms / 1000, (ms % 1000) * 1000 } };
	FT_EQ(write(down[1], "g", 1), 1);
	FT_SYS(setitimer(ITIMER_REAL, &it, NULL));
	int r = lk_set(fd, F_SETLKW, F_WRLCK, 1, 1);
	int mine = r == -1 ? errno : 0;
	memset(&it, 0, sizeof it);
	FT_SYS(setitimer(ITIMER_REAL, &it, NULL));
	if (mine) /* EDEADLK, or EINTR if both were left waiting */
		FT_SYS(lk_set(fd, F_SETLK, F_UNLCK, 0, 1)); /* let the child on */
	int theirs = -1;
	FT_EQ(ft_read_all(up[0], &theirs, sizeof theirs), sizeof theirs);
	FT_CHILD_OK(pid);
	ft_note("parent: %s, child: %s", mine ? ft_errno_name(mine) : "granted",
		theirs ? ft_errno_name(theirs) : "granted");
	if (mine == EINTR)
		FT_FAIL("no EDEADLK: both F_SETLKW requests kept waiting (deadlock not detected)");
	FT_TRUE((mine == EDEADLK && theirs == 0) || (mine == 0 && theirs == EDEADLK));
	close(down[1]);
}
