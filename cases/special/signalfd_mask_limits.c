/*
 * special/signalfd_mask_limits - a signalfd reports only signals in its
 * mask: a pending signal outside the mask is not read (it stays pending),
 * and a signal in the mask that is not blocked is handled by its
 * disposition when generated, so the signalfd has nothing to read.
 *
 * Cites: signalfd(2) DESCRIPTION (the mask argument; read(2)).
 */
#include "special.h"
#include <sys/signalfd.h>

FT_CASE("signalfd reads only pending signals of its mask; unblocked ones go to their handler",
	"signalfd(2) DESCRIPTION (mask; read(2))");

static volatile sig_atomic_t handled;
static void on_sig(int s)
{
	(void)s;
	handled = 1;
}

FT_POINT(signal_outside_mask_not_read)
{
	sigset_t m, pend;
	struct signalfd_siginfo si;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR1);
	sp_block(SIGUSR1);
	sp_block(SIGUSR2);
	FT_FD int fd = FT_SYS(signalfd(-1, &m, SFD_NONBLOCK));
	FT_SYS(kill(getpid(), SIGUSR2));
	FT_EQ(ft_poll_in(fd, 0), 0);
	FT_ERRNO(read(fd, &si, sizeof si), EAGAIN);
	FT_SYS(sigpending(&pend));
	FT_TRUE(sigismember(&pend, SIGUSR2)); /* left for others to take */
}

FT_POINT(unblocked_signal_goes_to_handler)
{
	sigset_t m;
	struct signalfd_siginfo si;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sig;
	FT_SYS(sigaction(SIGUSR1, &sa, NULL));
	sigemptyset(&m);
	sigaddset(&m, SIGUSR1);
	int fd = FT_SYS(signalfd(-1, &m, SFD_NONBLOCK)); /* SIGUSR1 not blocked */
	FT_SYS(kill(getpid(), SIGUSR1));
	FT_EQ(handled, 1);
	FT_ERRNO(read(fd, &si, sizeof si), EAGAIN);
	close(fd);
}
