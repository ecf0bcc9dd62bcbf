/*
 * alloc/signalfd_takes_lowest - signalfd() with fd -1 creates a new
 * descriptor, and that descriptor is the lowest free number: it fills a
 * gap below an open descriptor, and a second one takes the next free
 * number above it.  signalfd() on an existing signalfd only replaces its
 * mask: it allocates nothing and returns that same descriptor.
 *
 * Cites: signalfd(2) DESCRIPTION, RETURN VALUE; POSIX XSH 2.14 "File
 * Descriptor Allocation" (the general rule for every call that allocates
 * descriptors).
 */
#include "alloc.h"
#include <sys/signalfd.h>

FT_CASE("signalfd(-1, ...) returns the lowest-numbered free descriptor",
	"signalfd(2) DESCRIPTION, RETURN VALUE; POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(fills_gap)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(signalfd(-1, &s, SFD_CLOEXEC));
	FT_EQ(fd, h);
	close(fd);
	close(plug);
}

FT_POINT(second_call_takes_next_free)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR2);
	int plug, h = alloc_gap(&plug);
	int a = FT_SYS(signalfd(-1, &s, 0));
	FT_EQ(a, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(signalfd(-1, &s, SFD_NONBLOCK));
	FT_EQ(b, want);
	close(b);
	close(a);
	close(plug);
}

FT_POINT(modifying_existing_allocates_nothing)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	int a = FT_SYS(signalfd(-1, &s, SFD_CLOEXEC));
	int lf = ft_lowest_free();
	sigaddset(&s, SIGUSR2);
	FT_EQ(signalfd(a, &s, 0), a);
	FT_EQ(ft_lowest_free(), lf);
	close(a);
}
