/*
 * shim exec_keeps_high_cloexec: close-on-exec is honoured only below
 * descriptor 64 (one word of a bitmap): before every exec and
 * posix_spawn, FD_CLOEXEC is cleared on descriptors 64 and above, so the
 * new image inherits them.
 *
 * fdsuite-targets: exec/dup3_cloexec_closed exec/dupfd_cloexec_closed
 * fdsuite-targets: exec/close_range_cloexec_closed
 */
#include "cloexec_clear.h"

static void before_exec(void)
{
	clear_cloexec(64, NULL);
}

static void before_spawn(void)
{
	before_exec();
}

static void after_spawn(void)
{
}

#define EXEC_HOOK_SPAWN
#include "exec_hook.h"
