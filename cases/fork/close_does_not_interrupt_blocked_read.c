/*
 * fork/close_does_not_interrupt_blocked_read - on Linux, closing a
 * descriptor in one thread while another thread is blocked reading from
 * it does not wake the reader: the blocked call holds its own reference
 * to the open file description, the number is freed at once (EBADF for
 * new calls), and the read completes normally when data arrives.
 *
 * Cites: close(2) NOTES "Multithreaded processes and close()" (Linux
 * behavior: the blocking call may complete after the close).
 */
#include "fork.h"
#include <sys/socket.h>
#include <sys/syscall.h>

FT_CASE("close in another thread does not interrupt a blocked read",
	"close(2) NOTES \"Multithreaded processes and close()\"");

static int rfd, ready[2], done[2];
static long result = -2;
static char got;

static void *reader(void *arg)
{
	pid_t tid = (pid_t)syscall(SYS_gettid);
	FT_EQ(read(rfd, &got, 0), 0); /* resolve read() before blocking */
	FT_EQ(write(ready[1], &tid, sizeof tid), sizeof tid);
	result = read(rfd, &got, 1);
	FT_EQ(write(done[1], "d", 1), 1);
	return NULL;
}

static void close_while_blocked(int r, int w)
{
	rfd = r;
	FT_SYS(pipe(ready));
	FT_SYS(pipe(done));
	pthread_t t = fk_thread(reader, NULL);
	pid_t tid = 0;
	FT_EQ(ft_read_all(ready[0], &tid, sizeof tid), sizeof tid);
	ft_wait_blocked(tid, SYS_read, 0); /* the reader sleeps in read() */
	FT_EQ(close(rfd), 0);
	FT_ERRNO(fcntl(rfd, F_GETFD), EBADF);
	ft_wait_blocked(tid, SYS_read, 0); /* ... and still does */
	FT_EQ(ft_poll_in(done[0], 0), 0); /* still blocked */
	FT_EQ(write(w, "w", 1), 1);
	FT_EQ(ft_poll_in(done[0], 2000), 1);
	fk_join(t);
	FT_EQ(result, 1);
	FT_EQ(got, 'w');
	close(w);
	ft_close(&ready[0]);
	ft_close(&ready[1]);
	ft_close(&done[0]);
	ft_close(&done[1]);
}

FT_POINT(pipe_read_completes)
{
	int p[2];
	FT_SYS(pipe(p));
	close_while_blocked(p[0], p[1]);
}

FT_POINT(socket_read_completes)
{
	int s[2];
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, s));
	close_while_blocked(s[0], s[1]);
}
