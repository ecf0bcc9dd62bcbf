/*
 * special/creation_flags_combined - each special descriptor's creation
 * call sets close-on-exec (on the descriptor) and O_NONBLOCK (on the open
 * file description) exactly as its flags ask: neither, each alone, and
 * both together.  Axes: the type (eventfd, timerfd, signalfd, inotify)
 * and the flag combination.
 */
#include "special.h"
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>

FT_CASE("*_CLOEXEC and *_NONBLOCK creation flags set FD_CLOEXEC and O_NONBLOCK, alone and combined",
	"eventfd(2) DESCRIPTION; timerfd_create(2) DESCRIPTION; signalfd(2) DESCRIPTION; "
	"inotify_init(2) DESCRIPTION");

static int make_signalfd(int flags)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	return signalfd(-1, &set, flags);
}

static int make_eventfd(int flags) { return eventfd(0, flags); }
static int make_timerfd(int flags) { return timerfd_create(CLOCK_MONOTONIC, flags); }
static int make_inotify(int flags) { return inotify_init1(flags); }

#define ROWS(type, CL, NB)                                                   \
	{ #type "_none", make_##type, 0, 0, 0 },                             \
	{ #type "_cloexec", make_##type, CL, 1, 0 },                         \
	{ #type "_nonblock", make_##type, NB, 0, 1 },                        \
	{ #type "_both", make_##type, CL | NB, 1, 1 }

static const struct {
	const char *name;
	int (*make)(int flags);
	int flags;
	int cloexec, nonblock;
} rows[] = {
	ROWS(eventfd, EFD_CLOEXEC, EFD_NONBLOCK),
	ROWS(timerfd, TFD_CLOEXEC, TFD_NONBLOCK),
	ROWS(signalfd, SFD_CLOEXEC, SFD_NONBLOCK),
	ROWS(inotify, IN_CLOEXEC, IN_NONBLOCK),
};

FT_TABLE(flags_set, rows)
{
	FT_FD int fd = FT_SYS(row->make(row->flags));
	int fdflags = ft_getfd(fd), flflags = ft_getfl(fd);
	if (row->cloexec)
		FT_FLAG_SET(fdflags, FD_CLOEXEC);
	else
		FT_FLAG_CLEAR(fdflags, FD_CLOEXEC);
	if (row->nonblock)
		FT_FLAG_SET(flflags, O_NONBLOCK);
	else
		FT_FLAG_CLEAR(flflags, O_NONBLOCK);
}
