/*
 * shim locks_wait_holds_process: a thread that waits in a blocking lock
 * call (F_SETLKW, F_OFD_SETLKW, flock without LOCK_NB) holds one lock of
 * the whole process while it waits, and every other fcntl lock command
 * and flock call takes that lock first, as in a runtime that runs one
 * thread at a time and does not let go during a lock wait.  The other
 * threads of the process can then neither query nor release the lock.
 *
 * fdsuite-targets: locks/ofd_setlkw_thread_others_run locks/posix_setlkw_thread_others_run
 * fdsuite-targets: locks/flock_thread_others_run
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <sys/file.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "fcntl_hook.h"

static pthread_mutex_t big = PTHREAD_MUTEX_INITIALIZER;

static int is_lock_cmd(int cmd)
{
	return cmd == F_SETLK || cmd == F_SETLKW || cmd == F_GETLK ||
	       cmd == F_OFD_SETLK || cmd == F_OFD_SETLKW || cmd == F_OFD_GETLK;
}

static int on_fcntl(int fd, int cmd, long arg)
{
	if (!is_lock_cmd(cmd))
		return (int)real_fcntl(fd, cmd, arg);
	pthread_mutex_lock(&big);
	int r = (int)real_fcntl(fd, cmd, arg);
	pthread_mutex_unlock(&big);
	return r;
}


int flock(int fd, int how)
{
	pthread_mutex_lock(&big);
	int r = (int)syscall(SYS_flock, fd, how);
	pthread_mutex_unlock(&big);
	return r;
}
