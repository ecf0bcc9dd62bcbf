/*
 * exec/eventfd_cloexec_closed - an eventfd created with EFD_CLOEXEC is
 * closed by execve; one created without the flag survives.  The same
 * holds with every other creation flag (EFD_NONBLOCK, EFD_SEMAPHORE)
 * alone and together beside it.
 */
#include "exec.h"
#include <sys/eventfd.h>

FT_CASE("EFD_CLOEXEC eventfds are closed by execve",
	"eventfd(2) DESCRIPTION (EFD_CLOEXEC); execve(2) \"Effect on process attributes\"");

static int make(int flags) { return eventfd(0, flags); }

static const struct { const char *name; int flags; } others[] = {
	{ "nonblock", EFD_NONBLOCK },
	{ "semaphore", EFD_SEMAPHORE },
	{ "nonblock_semaphore", EFD_NONBLOCK | EFD_SEMAPHORE },
};

FT_POINT(eventfd) { EX_FLAG_PAIR(make, EFD_CLOEXEC, 0); }

FT_TABLE(cloexec_and, others) { EX_FLAG_PAIR(make, EFD_CLOEXEC, row->flags); }
