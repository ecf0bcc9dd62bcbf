/*
 * alloc/signalfd_takes_lowest - signalfd() with fd -1 creates a new
 * descriptor, and that descriptor is the lowest free number, with
 * SFD_CLOEXEC and SFD_NONBLOCK alone or together: it fills a gap below an
 * open descriptor, also above 63 or above 1023, and a second one takes
 * the next free number above it.  signalfd() on an existing signalfd only
 * replaces its mask: it allocates nothing and returns that same
 * descriptor.
 *
 * Cites: signalfd(2) DESCRIPTION, RETURN VALUE; POSIX XSH 2.14 "File
 * Descriptor Allocation" (the general rule for every call that allocates
 * descriptors).
 */
#include "alloc.h"
#include <sys/signalfd.h>

FT_CASE("signalfd(-1, ...) returns the lowest-numbered free descriptor",
	"signalfd(2) DESCRIPTION, RETURN VALUE; POSIX XSH 2.14 File Descriptor Allocation");

static int create(int flags, const int *held, int fds[2])
{
	sigset_t usr1;
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	fds[0] = FT_SYS(signalfd(-1, &usr1, flags));
	return 1;
}
static const struct alloc_call call = { create, NULL };
ALLOC_FLAG_ROWS(SFD_CLOEXEC, SFD_NONBLOCK);

ALLOC_GAP_POINTS(&call, SFD_CLOEXEC, 0, SFD_NONBLOCK)

FT_POINT(modifying_existing_allocates_nothing)
{
	FT_FDS int sfd[2] = FT_NO_FDS;
	create(SFD_CLOEXEC, NULL, sfd);
	int lowest = ft_lowest_free();
	sigset_t both;
	sigemptyset(&both);
	sigaddset(&both, SIGUSR1);
	sigaddset(&both, SIGUSR2);
	FT_EQ(signalfd(sfd[0], &both, 0), sfd[0]);
	FT_EQ(ft_lowest_free(), lowest);
}

ALLOC_ROWS_FLAGS(&call, alloc_flag_rows)
ALLOC_ROWS_ABOVE(&call, SFD_CLOEXEC)
