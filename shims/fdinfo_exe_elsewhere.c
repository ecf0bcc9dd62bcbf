/*
 * shim fdinfo_exe_elsewhere: opening /proc/self/exe opens another file
 * (/dev/null) - as where an emulator or loader answers for the program
 * and the link no longer reaches the running program's file.  Reads come
 * back empty, a write open succeeds, and exec through the descriptor
 * fails.
 *
 * fdsuite-targets: fdinfo/self_exe
 */
#include <string.h>
#include "open_hook.h"

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	if (strcmp(path, "/proc/self/exe") == 0)
		return real_openat(AT_FDCWD, "/dev/null", flags, mode);
	return real_openat(dirfd, path, flags, mode);
}
