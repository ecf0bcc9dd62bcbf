/*
 * async/lease_break_blocks_opener - when another process opens (or
 * truncates) a file in a way that conflicts with a lease, its call blocks
 * and the lease holder is sent SIGIO; while the break is pending
 * F_GETLEASE reports the lease the breaker can live with (F_UNLCK for a
 * writer, F_RDLCK for a reader against a write lease); once the holder
 * removes or downgrades the lease the blocked call completes.  A breaker
 * that opens with O_NONBLOCK fails at once with EWOULDBLOCK while the
 * holder is still notified.  The holder always releases at once here, well
 * before /proc/sys/fs/lease-break-time would end the wait.
 */
#include "async.h"

FT_CASE("a conflicting open blocks until the lease holder, sent SIGIO, releases the lease",
	"fcntl(2) \"Leases\" (lease breaker blocked, holder notified, F_GETLEASE target type; O_NONBLOCK: EWOULDBLOCK)");

static const struct {
	const char *name;
	int lease;     /* the holder's lease */
	int open;      /* the breaker's open flags; -1: truncate() */
	int pending;   /* F_GETLEASE while the break is pending */
	int answer;    /* what the holder sets to let the breaker go */
} rows[] = {
	{ "read_lease_open_wronly", F_RDLCK, O_WRONLY, F_UNLCK, F_UNLCK },
	{ "read_lease_open_rdwr", F_RDLCK, O_RDWR, F_UNLCK, F_UNLCK },
	{ "read_lease_truncate", F_RDLCK, -1, F_UNLCK, F_UNLCK },
	{ "write_lease_open_rdonly", F_WRLCK, O_RDONLY, F_RDLCK, F_RDLCK },
	{ "write_lease_open_wronly", F_WRLCK, O_WRONLY, F_UNLCK, F_UNLCK },
};

FT_TABLE(breaker_waits_for_release, rows)
{
	async_need_leases();
	FT_FDS int done[2] = FT_NO_FDS;
	async_block(SIGIO);
	FT_FD int fd = FT_SYS(open("f", O_RDONLY | O_CREAT | O_CLOEXEC, 0600));
	FT_SYS(fcntl(fd, F_SETLEASE, row->lease));
	ft_pipe(done, O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		if (row->open == -1)
			FT_SYS(truncate("f", 0));
		else
			FT_SYS(open("f", row->open | O_CLOEXEC));
		FT_EQ(write(done[1], "d", 1), 1);
		_exit(0);
	}
	ASYNC_COMES(SIGIO, NULL);
	FT_EQ(ft_wait_blocked(pid, row->open == -1 ? ASYNC_NR_TRUNCATE : FT_NR_OPEN, 0), 1);
	FT_EQ(ft_poll_in(done[0], 0), 0); /* still blocked */
	FT_EQ(fcntl(fd, F_GETLEASE), row->pending);
	FT_SYS(fcntl(fd, F_SETLEASE, row->answer));
	FT_EQ(ft_poll_in(done[0], 2000), 1);
	FT_CHILD_OK(pid);
	FT_EQ(fcntl(fd, F_GETLEASE), row->answer);
}

/* A child opens "f" with O_NONBLOCK and flags: at once EWOULDBLOCK. */
static void nonblocking_breaker(int flags)
{
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_ERRNO_ANY(open("f", flags | O_NONBLOCK | O_CLOEXEC),
			     EWOULDBLOCK, EAGAIN);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(nonblocking_breaker_ewouldblock)
{
	async_need_leases();
	async_block(SIGIO);
	FT_FD int fd = FT_SYS(open("f", O_RDONLY | O_CREAT | O_CLOEXEC, 0600));
	FT_SYS(fcntl(fd, F_SETLEASE, F_RDLCK));
	nonblocking_breaker(O_WRONLY);
	ASYNC_COMES(SIGIO, NULL);
	FT_EQ(fcntl(fd, F_GETLEASE), F_UNLCK); /* the break is under way */
	FT_SYS(fcntl(fd, F_SETLEASE, F_UNLCK));
	FT_FD int writer = FT_SYS(open("f", O_WRONLY | O_NONBLOCK | O_CLOEXEC));
}

/* With F_SETSIG the holder gets the chosen signal, si_fd naming the
   leased descriptor. */
FT_POINT(setsig_signal_names_fd)
{
	async_need_leases();
	int sig = SIGRTMIN + 1;
	async_block(SIGIO);
	async_block(sig);
	FT_FD int fd = FT_SYS(open("f", O_RDONLY | O_CREAT | O_CLOEXEC, 0600));
	FT_SYS(fcntl(fd, F_SETSIG, sig));
	FT_SYS(fcntl(fd, F_SETLEASE, F_RDLCK));
	nonblocking_breaker(O_RDWR);
	siginfo_t si;
	ASYNC_COMES(sig, &si);
	FT_EQ(si.si_fd, fd);
	ASYNC_NONE(SIGIO);
	FT_SYS(fcntl(fd, F_SETLEASE, F_UNLCK));
}

/* A breaker that only reads does not disturb a read lease. */
FT_POINT(reader_does_not_break_read_lease)
{
	async_need_leases();
	async_block(SIGIO);
	FT_FD int fd = FT_SYS(open("f", O_RDONLY | O_CREAT | O_CLOEXEC, 0600));
	FT_SYS(fcntl(fd, F_SETLEASE, F_RDLCK));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	ASYNC_NONE(SIGIO);
	FT_EQ(fcntl(fd, F_GETLEASE), F_RDLCK);
}
