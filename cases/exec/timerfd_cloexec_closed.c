/*
 * exec/timerfd_cloexec_closed - a timerfd created with TFD_CLOEXEC is
 * closed by execve; one created without the flag survives, with
 * TFD_NONBLOCK beside it too and on every clock.
 */
#include "exec.h"
#include <sys/timerfd.h>
#include <time.h>

FT_CASE("TFD_CLOEXEC timerfds are closed by execve",
	"timerfd_create(2) DESCRIPTION (TFD_CLOEXEC); execve(2) \"Effect on process attributes\"");

static clockid_t clock_id;
static int make(int flags) { return timerfd_create(clock_id, flags); }

static const struct {
	const char *name;
	clockid_t clock;
	int flags;
} others[] = {
	{ "nonblock", CLOCK_MONOTONIC, TFD_NONBLOCK },
	{ "realtime", CLOCK_REALTIME, 0 },
	{ "boottime_nonblock", CLOCK_BOOTTIME, TFD_NONBLOCK },
};

FT_POINT(timerfd)
{
	clock_id = CLOCK_MONOTONIC;
	EX_FLAG_PAIR(make, TFD_CLOEXEC, 0);
}

FT_TABLE(cloexec_and, others)
{
	clock_id = row->clock;
	EX_FLAG_PAIR(make, TFD_CLOEXEC, row->flags);
}
