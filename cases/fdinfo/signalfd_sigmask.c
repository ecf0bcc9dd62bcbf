/*
 * fdinfo/signalfd_sigmask - /proc/self/fdinfo/N of a signalfd (Linux
 * 3.8) has a "sigmask:" field: the signals the descriptor accepts as a
 * hexadecimal mask, bit (signo - 1) for each.  Replacing the mask with a
 * second signalfd() call on the same descriptor changes the field, and
 * SIGKILL and SIGSTOP, which signalfd silently ignores, never appear.
 */
#include "fdinfo.h"
#include <sys/signalfd.h>

FT_CASE("fdinfo of a signalfd shows the accepted signals as a hex \"sigmask:\"",
	"proc(5) \"/proc/pid/fdinfo/\" (sigmask; since Linux 3.8); signalfd(2) DESCRIPTION (mask replaced; SIGKILL, SIGSTOP ignored)");

static unsigned long long mask_of(int fd)
{
	char info[4096];
	fdinfo_read(fd, info, sizeof info);
	return (unsigned long long)proc_field(info, "sigmask", 16);
}

#define BIT(sig) (1ULL << ((sig) - 1))

static sigset_t set_of(int a, int b)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, a);
	if (b)
		sigaddset(&s, b);
	return s;
}

FT_POINT(mask_bits)
{
	sigset_t s = set_of(SIGINT, SIGQUIT);
	FT_FD int fd = FT_SYS(signalfd(-1, &s, SFD_CLOEXEC));
	FT_EQ(mask_of(fd), BIT(SIGINT) | BIT(SIGQUIT));
}

FT_POINT(replaced_mask_shows)
{
	sigset_t s = set_of(SIGUSR1, 0);
	FT_FD int fd = FT_SYS(signalfd(-1, &s, SFD_CLOEXEC));
	FT_EQ(mask_of(fd), BIT(SIGUSR1));
	s = set_of(SIGUSR2, SIGTERM);
	FT_EQ(signalfd(fd, &s, 0), fd);
	FT_EQ(mask_of(fd), BIT(SIGUSR2) | BIT(SIGTERM));
}

FT_POINT(kill_and_stop_left_out)
{
	sigset_t s = set_of(SIGKILL, SIGSTOP);
	sigaddset(&s, SIGHUP);
	FT_FD int fd = FT_SYS(signalfd(-1, &s, SFD_CLOEXEC));
	FT_EQ(mask_of(fd), BIT(SIGHUP));
}

FT_POINT(realtime_signal_bit)
{
	sigset_t s = set_of(SIGRTMIN + 2, 0);
	FT_FD int fd = FT_SYS(signalfd(-1, &s, SFD_CLOEXEC));
	FT_EQ(mask_of(fd), BIT(SIGRTMIN + 2));
}
