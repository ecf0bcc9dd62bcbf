/*
 * shim nsfs_open_drops_cloexec: opening a namespace file
 * (/proc/PID/ns/NAME) ignores O_CLOEXEC, so the descriptor survives exec.
 *
 * fdsuite-targets: nsfs/ns_open_cloexec
 */
#include "nsfs_ns_path.h"
#include "open_hook.h"

static int on_open(int dfd, const char *path, int flags, mode_t mode)
{
	if (shim_is_ns_path(path))
		flags &= ~O_CLOEXEC;
	return real_openat(dfd, path, flags, mode);
}
