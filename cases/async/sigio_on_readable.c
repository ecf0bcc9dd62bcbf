/*
 * async/sigio_on_readable - with an owner set by F_SETOWN and O_ASYNC
 * turned on with F_SETFL, a descriptor sends SIGIO to its owner when
 * input becomes possible on it: for a pipe, a FIFO, both kinds of UNIX
 * domain socket, a UDP socket and a pseudoterminal master.  Neither half
 * alone is enough: without O_ASYNC, or with O_ASYNC but no owner, no
 * signal is sent.
 */
#include "async.h"
#include <netinet/in.h>
#include <sys/socket.h>

FT_CASE("F_SETOWN plus O_ASYNC sends SIGIO when a descriptor becomes readable",
	"fcntl(2) \"Managing signals\" (F_SETOWN, O_ASYNC); open(2) O_ASYNC");

/* p[0] is the end that becomes readable, p[1] the end written to. */
static void mk_pipe(int p[2]) { ft_pipe(p, O_CLOEXEC); }
static void mk_fifo(int p[2])
{
	FT_SYS(mkfifo("fifo", 0600));
	p[0] = FT_SYS(open("fifo", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	p[1] = FT_SYS(open("fifo", O_WRONLY | O_CLOEXEC));
}
static void mk_stream(int p[2]) { ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, p); }
static void mk_dgram(int p[2]) { ft_socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, p); }
static void mk_udp(int p[2])
{
	struct sockaddr_in a = { .sin_family = AF_INET,
				 .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t len = sizeof a;
	p[0] = FT_SYS(socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
	if (bind(p[0], (struct sockaddr *)&a, sizeof a) == -1)
		FT_SKIP("needs a loopback interface (bind 127.0.0.1: %s)",
			ft_errno_name(errno));
	FT_SYS(getsockname(p[0], (struct sockaddr *)&a, &len));
	p[1] = FT_SYS(socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
	FT_SYS(connect(p[1], (struct sockaddr *)&a, sizeof a));
}
static void mk_pty(int p[2])
{
	p[0] = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (p[0] == -1)
		FT_SKIP("needs a pseudoterminal (posix_openpt: %s)", ft_errno_name(errno));
	FT_SYS(grantpt(p[0]));
	FT_SYS(unlockpt(p[0]));
	char *name = ptsname(p[0]);
	FT_TRUE(name != NULL);
	p[1] = FT_SYS(open(name, O_RDWR | O_NOCTTY | O_CLOEXEC));
}

static const struct {
	const char *name;
	void (*make)(int p[2]);
} kinds[] = {
	{ "pipe", mk_pipe },	   { "fifo", mk_fifo },	     { "unix_stream", mk_stream },
	{ "unix_dgram", mk_dgram }, { "udp", mk_udp },	     { "pty", mk_pty },
};

FT_TABLE(sends_sigio, kinds)
{
	FT_FDS int p[2] = FT_NO_FDS;
	async_block(SIGIO);
	row->make(p);
	async_arm(p[0], getpid());
	FT_FLAG_SET(ft_getfl(p[0]), O_ASYNC);
	ASYNC_NONE(SIGIO);
	FT_EQ(write(p[1], "x\n", 2), 2);
	ASYNC_COMES(SIGIO, NULL);
	FT_EQ(ft_poll_in(p[0], 0), 1);
}

/* The write below made the reader readable before it returned (the
   zero-timeout poll says so), so a signal would already be pending. */
FT_POINT(owner_without_o_async_no_signal)
{
	FT_FDS int p[2] = FT_NO_FDS;
	async_block(SIGIO);
	ft_pipe(p, O_CLOEXEC);
	FT_SYS(fcntl(p[0], F_SETOWN, getpid()));
	FT_FLAG_CLEAR(ft_getfl(p[0]), O_ASYNC);
	FT_EQ(write(p[1], "x", 1), 1);
	FT_EQ(ft_poll_in(p[0], 0), 1);
	ASYNC_NONE(SIGIO);
}

FT_POINT(o_async_without_owner_no_signal)
{
	FT_FDS int p[2] = FT_NO_FDS;
	async_block(SIGIO);
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, p);
	FT_SYS(fcntl(p[0], F_SETFL, ft_getfl(p[0]) | O_ASYNC));
	FT_EQ(fcntl(p[0], F_GETOWN), 0);
	FT_EQ(write(p[1], "x", 1), 1);
	FT_EQ(ft_poll_in(p[0], 0), 1);
	ASYNC_NONE(SIGIO);
}

FT_POINT(clearing_o_async_stops_signals)
{
	FT_FDS int p[2] = FT_NO_FDS;
	async_block(SIGIO);
	ft_pipe(p, O_CLOEXEC);
	async_arm(p[0], getpid());
	FT_EQ(write(p[1], "x", 1), 1);
	ASYNC_COMES(SIGIO, NULL);
	FT_SYS(fcntl(p[0], F_SETFL, ft_getfl(p[0]) & ~O_ASYNC));
	char c;
	FT_EQ(read(p[0], &c, 1), 1);
	FT_EQ(write(p[1], "y", 1), 1);
	FT_EQ(ft_poll_in(p[0], 0), 1);
	ASYNC_NONE(SIGIO);
}
