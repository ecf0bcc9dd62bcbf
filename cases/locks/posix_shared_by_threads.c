/*
 * locks/posix_shared_by_threads - POSIX record locks belong to the whole
 * process, so the threads of a process share them: a lock one thread holds
 * does not conflict with the same request from another thread (even on
 * another open of the file), and another thread can release it.
 *
 * Cites: fcntl(2) "Advisory record locking" (the threads of a process
 * share its record locks); POSIX fcntl(3p).
 */
#include "locks.h"
#include <pthread.h>

FT_CASE("threads of one process share its POSIX record locks",
	"fcntl(2) \"Advisory record locking\" (threads share locks); POSIX fcntl(3p)");

struct job {
	int fd;
	short type;
	int result;
	int err;
};

static void *locker(void *arg)
{
	struct job *j = arg;
	j->result = lk_set(j->fd, F_SETLK, j->type, 0, 10);
	j->err = errno;
	return NULL;
}

static void in_thread(struct job *j)
{
	pthread_t t;
	FT_EQ(pthread_create(&t, NULL, locker, j), 0);
	FT_EQ(pthread_join(t, NULL), 0);
}

FT_POINT(other_thread_does_not_conflict)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_FD int other = FT_SYS(open(path, O_RDWR));
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 0, 10));
	struct job j = { other, F_WRLCK, -1, 0 };
	in_thread(&j);
	FT_EQ(j.result, 0);
}

FT_POINT(other_thread_can_release)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 0, 10));
	FT_TRUE(lk_locked_for_others(path, 0, 10));
	struct job j = { fd, F_UNLCK, -1, 0 };
	in_thread(&j);
	FT_EQ(j.result, 0);
	FT_FALSE(lk_locked_for_others(path, 0, 10));
}
