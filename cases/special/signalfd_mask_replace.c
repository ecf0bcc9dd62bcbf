/*
 * special/signalfd_mask_replace - calling signalfd with an existing
 * signalfd instead of -1 replaces that descriptor's mask and returns the
 * same descriptor; from then on only the new mask's signals are read.  A
 * descriptor that is not a signalfd is EINVAL.
 *
 * Cites: signalfd(2) DESCRIPTION (the fd argument), RETURN VALUE, ERRORS.
 */
#include "special.h"
#include <sys/signalfd.h>

FT_CASE("signalfd(fd, mask) replaces an existing signalfd's mask and returns fd",
	"signalfd(2) DESCRIPTION (fd argument); RETURN VALUE; ERRORS");

FT_POINT(replace_returns_same_fd)
{
	sigset_t m;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR1);
	FT_FD int fd = FT_SYS(signalfd(-1, &m, SFD_NONBLOCK));
	sigaddset(&m, SIGUSR2);
	FT_EQ(signalfd(fd, &m, 0), fd);
}

FT_POINT(replaced_mask_applies)
{
	sigset_t m;
	struct signalfd_siginfo si;
	sp_block(SIGUSR1);
	sp_block(SIGUSR2);
	sigemptyset(&m);
	sigaddset(&m, SIGUSR1);
	FT_FD int fd = FT_SYS(signalfd(-1, &m, SFD_NONBLOCK));
	sigemptyset(&m);
	sigaddset(&m, SIGUSR2);
	FT_SYS(signalfd(fd, &m, 0));
	FT_SYS(kill(getpid(), SIGUSR1));
	FT_ERRNO(read(fd, &si, sizeof si), EAGAIN);
	FT_SYS(kill(getpid(), SIGUSR2));
	FT_EQ(read(fd, &si, sizeof si), sizeof si);
	FT_EQ(si.ssi_signo, SIGUSR2);
}

FT_POINT(not_a_signalfd_einval)
{
	sigset_t m;
	FT_FDS int p[2] = FT_NO_FDS;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR1);
	FT_SYS(pipe(p));
	FT_ERRNO(signalfd(p[0], &m, 0), EINVAL);
}
