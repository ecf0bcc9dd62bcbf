/*
 * exec/inotify_cloexec_closed - an inotify instance created by
 * inotify_init1(IN_CLOEXEC) is closed by execve; one created without the
 * flag survives, IN_NONBLOCK beside it or not.
 */
#include "exec.h"
#include <sys/inotify.h>

FT_CASE("IN_CLOEXEC inotify descriptors are closed by execve",
	"inotify_init(2) DESCRIPTION (IN_CLOEXEC); execve(2) \"Effect on process attributes\"");

static int make(int flags) { return inotify_init1(flags); }

static const struct { const char *name; int flags; } others[] = {
	{ "nonblock", IN_NONBLOCK },
};

FT_POINT(inotify_init1) { EX_FLAG_PAIR(make, IN_CLOEXEC, 0); }

FT_TABLE(cloexec_and, others) { EX_FLAG_PAIR(make, IN_CLOEXEC, row->flags); }
