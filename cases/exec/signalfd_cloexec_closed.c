/*
 * exec/signalfd_cloexec_closed - a signalfd created with SFD_CLOEXEC is
 * closed by execve; one created without the flag survives (a signalfd
 * otherwise stays open across execve), SFD_NONBLOCK beside it or not.
 */
#include "exec.h"
#include <sys/signalfd.h>

FT_CASE("SFD_CLOEXEC signalfds are closed by execve",
	"signalfd(2) DESCRIPTION (SFD_CLOEXEC), \"execve(2) semantics\"; execve(2) \"Effect on process attributes\"");

static int make(int flags)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	return signalfd(-1, &set, flags);
}

static const struct { const char *name; int flags; } others[] = {
	{ "nonblock", SFD_NONBLOCK },
};

FT_POINT(signalfd) { EX_FLAG_PAIR(make, SFD_CLOEXEC, 0); }

FT_TABLE(cloexec_and, others) { EX_FLAG_PAIR(make, SFD_CLOEXEC, row->flags); }
