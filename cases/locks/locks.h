/*
 * locks.h - helpers shared by the cases under cases/locks/ (POSIX record
 * locks, open file description locks and flock).
 */
#ifndef LOCKS_H
#define LOCKS_H
#include "fdtest.h"
#include <sys/file.h>

/* fcntl lock command cmd (F_SETLK, F_OFD_SETLK, ...) of type on bytes
   [start, start+len) from SEEK_SET; returns what fcntl returns. */
static inline int lk_set(int fd, int cmd, short type, off_t start, off_t len)
{
	struct flock fl;
	memset(&fl, 0, sizeof fl);
	fl.l_type = type;
	fl.l_whence = SEEK_SET;
	fl.l_start = start;
	fl.l_len = len;
	return fcntl(fd, cmd, &fl);
}

/* F_GETLK or F_OFD_GETLK for a lock of type on [start, start+len). */
static inline struct flock lk_get(int fd, int cmd, short type, off_t start,
				  off_t len)
{
	struct flock fl;
	memset(&fl, 0, sizeof fl);
	fl.l_type = type;
	fl.l_whence = SEEK_SET;
	fl.l_start = start;
	fl.l_len = len;
	FT_SYS(fcntl(fd, cmd, &fl));
	return fl;
}

/* What F_GETLK reports to another process: a child opens path anew and
   asks about a lock of type on [start, start+len). */
static inline struct flock lk_get_other(const char *path, short type,
					off_t start, off_t len)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	pid_t pid = ft_fork();
	if (pid == 0) {
		int fd = FT_SYS(open(path, O_RDWR));
		struct flock fl = lk_get(fd, F_GETLK, type, start, len);
		ft_write_all(p[1], &fl, sizeof fl);
		_exit(0);
	}
	ft_close(&p[1]);
	struct flock fl;
	memset(&fl, 0, sizeof fl);
	size_t n = ft_read_all(p[0], &fl, sizeof fl);
	FT_CHILD_OK(pid);
	FT_EQ(n, sizeof fl);
	return fl;
}

/* Whether another process sees any lock on [start, start+len) that would
   stop it from write-locking it. */
static inline int lk_locked_for_others(const char *path, off_t start, off_t len)
{
	return lk_get_other(path, F_WRLCK, start, len).l_type != F_UNLCK;
}

/* Whether flock(LOCK_EX | LOCK_NB) through a new open file description of
   path (in this process) is refused; the probe's lock is dropped again. */
static inline int lk_flock_busy(const char *path)
{
	FT_FD int fd = FT_SYS(open(path, O_RDWR));
	int r = flock(fd, LOCK_EX | LOCK_NB);
	int e = errno;
	if (r == 0)
		return 0;
	FT_EQ(e, EWOULDBLOCK);
	return 1;
}

/* Whether F_OFD_SETLK of a write lock on [start, start+len) through a new
   open file description of path (in this process) is refused (EAGAIN). */
static inline int lk_ofd_busy(const char *path, off_t start, off_t len)
{
	FT_FD int fd = FT_SYS(open(path, O_RDWR));
	int r = lk_set(fd, F_OFD_SETLK, F_WRLCK, start, len);
	int e = errno;
	if (r == 0)
		return 0;
	FT_EQ(e, EAGAIN);
	return 1;
}

/* A child that opens path, takes a lock with cmd/type on [start,
   start+len) (or flock(how) when cmd is 0), reports readiness and holds it
   until the caller closes *release.  Returns after the lock is held. */
static inline pid_t lk_holder(const char *path, int cmd, short type,
			      off_t start, off_t len, int how, int *release)
{
	int ready[2], hold[2];
	FT_SYS(pipe(ready));
	FT_SYS(pipe(hold));
	pid_t pid = ft_fork();
	if (pid == 0) {
		close(ready[0]);
		close(hold[1]);
		int fd = FT_SYS(open(path, O_RDWR));
		if (cmd)
			FT_SYS(lk_set(fd, cmd, type, start, len));
		else
			FT_SYS(flock(fd, how));
		FT_EQ(write(ready[1], "r", 1), 1);
		char c;
		while (read(hold[0], &c, 1) == -1 && errno == EINTR)
			;
		_exit(0);
	}
	close(ready[1]);
	close(hold[0]);
	char c;
	FT_EQ(ft_read_all(ready[0], &c, 1), 1);
	close(ready[0]);
	*release = hold[1];
	return pid;
}

#endif
