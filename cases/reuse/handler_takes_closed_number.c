/*
 * reuse/handler_takes_closed_number - a freed number can be taken by any
 * code that runs before the caller's next allocation, including a signal
 * handler: emulating dup2() as close() followed by dup() misses its target
 * when a handler opens a file in between, which is why dup2() closes and
 * reuses newfd in one atomic step.
 *
 * Cites: dup(2) "dup2()" (closing and reusing newfd are atomic; a signal
 * handler that allocates a descriptor could otherwise take it); close(2)
 * DESCRIPTION; signal-safety(7) (open and dup are async-signal-safe).
 */
#include "fdtest.h"

FT_CASE("a signal handler can take a number between close() and dup(); dup2() cannot be raced",
	"dup(2) \"dup2()\"; close(2) DESCRIPTION; signal-safety(7)");

static volatile int got = -2;

static void opener(int sig)
{
	(void)sig;
	got = open("/dev/zero", O_RDONLY | O_CLOEXEC);
}

static void install(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = opener;
	FT_SYS(sigaction(SIGUSR1, &sa, NULL));
}

FT_POINT(close_then_dup_misses_target)
{
	install();
	FT_FD int src = ft_tmpfile("src", NULL);
	int n = FT_SYS(open("/dev/null", O_RDONLY)); /* the target number */
	FT_SYS(close(n));
	FT_SYS(raise(SIGUSR1)); /* the handler runs between the two steps */
	FT_EQ(got, n);          /* and its open() took the freed number */
	FT_FD int d = FT_SYS(dup(src));
	FT_NE(d, n);
	char c = 1;
	FT_EQ(read(n, &c, 1), 1); /* n is the handler's /dev/zero */
	FT_EQ(c, 0);
	close(n);
}

FT_POINT(dup2_keeps_target)
{
	install();
	FT_FD int src = ft_tmpfile("src", NULL);
	FT_FD int n = FT_SYS(open("/dev/null", O_RDONLY));
	FT_EQ(dup2(src, n), n); /* no window: n is never free */
	FT_SYS(raise(SIGUSR1));
	FT_GE(got, 0);
	FT_NE(got, n);
	char c = 0;
	FT_EQ(read(n, &c, 1), 1);
	FT_EQ(c, 's');
	close(got);
}
