/*
 * shim nsfs_open_wrong_ns: every second open of a namespace file
 * (/proc/PID/ns/NAME) returns a descriptor for the caller's user
 * namespace instead, so two opens of one namespace need not agree and a
 * descriptor need not match its link.
 *
 * fdsuite-targets: nsfs/ns_open_same_identity
 */
#include "nsfs_ns_path.h"
#include "open_hook.h"

static int on_open(int dfd, const char *path, int flags, mode_t mode)
{
	static int count;
	if (shim_is_ns_path(path) && count++ % 2 == 1)
		path = "/proc/self/ns/user";
	return real_openat(dfd, path, flags, mode);
}
