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

static int rfd, done[2], started;
static pid_t tid;
static long result = -2;
static char got;

static void *reader(void *arg)
{
	tid = (pid_t)syscall(SYS_gettid);
	FT_EQ(read(rfd, &got, 0), 0); /* resolve read() before blocking */
	__atomic_store_n(&started, 1, __ATOMIC_SEQ_CST);
	result = read(rfd, &got, 1);
	FT_EQ(write(done[1], "d", 1), 1);
	return NULL;
}

/* Wait until the reader thread sleeps (state S) inside its read. */
static void wait_blocked(void)
{
	char path[64], st[512];
	while (!__atomic_load_n(&started, __ATOMIC_SEQ_CST))
		ft_msleep(1);
	snprintf(path, sizeof path, "/proc/self/task/%d/stat", (int)tid);
	if (access(path, R_OK) != 0)
		FT_SKIP("needs /proc (thread state) to see the reader block");
	for (int i = 0; i < 2000; i++) {
		ft_read_file(path, st, sizeof st);
		char *e = strrchr(st, ')');
		if (e && e[1] == ' ' && e[2] == 'S')
			return;
		ft_msleep(1);
	}
	FT_FAIL("the reader thread never blocked in read()");
}

static void close_while_blocked(int r, int w)
{
	rfd = r;
	FT_SYS(pipe(done));
	pthread_t t = fk_thread(reader, NULL);
	wait_blocked();
	FT_EQ(close(rfd), 0);
	FT_ERRNO(fcntl(rfd, F_GETFD), EBADF);
	FT_EQ(ft_poll_in(done[0], 100), 0); /* still blocked */
	FT_EQ(write(w, "w", 1), 1);
	FT_EQ(ft_poll_in(done[0], 2000), 1);
	fk_join(t);
	FT_EQ(result, 1);
	FT_EQ(got, 'w');
	close(w);
	close(done[0]);
	close(done[1]);
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
