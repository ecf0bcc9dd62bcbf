/*
 * exec/pipe2_cloexec_closed - both ends of a pipe made by pipe2() with
 * O_CLOEXEC are closed by execve; both ends of a plain pipe survive.  The
 * same holds with the other pipe2 flags (O_NONBLOCK, O_DIRECT) alone and
 * together beside it.
 */
#include "exec.h"

FT_CASE("pipe2 O_CLOEXEC ends are closed by execve",
	"pipe(2) DESCRIPTION (pipe2 O_CLOEXEC); execve(2) \"Effect on process attributes\"; fcntl(2) \"File descriptor flags\"");

static int make2(int flags, int fds[2]) { return pipe2(fds, flags); }

static const struct { const char *name; int flags; } others[] = {
	{ "nonblock", O_NONBLOCK },
	{ "direct", O_DIRECT },
	{ "nonblock_direct", O_NONBLOCK | O_DIRECT },
};

FT_POINT(both_ends_closed) { EX_FLAG_PAIR2(make2, O_CLOEXEC, 0); }

FT_TABLE(cloexec_and, others) { EX_FLAG_PAIR2(make2, O_CLOEXEC, row->flags); }
