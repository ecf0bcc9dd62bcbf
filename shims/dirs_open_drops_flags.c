/*
 * shim dirs_open_drops_flags: open() and openat() silently drop O_DIRECTORY
 * and O_NOFOLLOW (O_TMPFILE, which contains the O_DIRECTORY bit, is left
 * alone), as an emulator that does not translate those flags would.  A
 * regular file then opens under O_DIRECTORY, and a symbolic link is
 * followed under O_NOFOLLOW (also with O_PATH).
 *
 * fdsuite-targets: dirs/o_directory_on_file dirs/o_nofollow_symlink
 */
#include <fcntl.h>

#include "open_hook.h"

static int strip(int flags)
{
	if ((flags & O_TMPFILE) == O_TMPFILE)
		return flags;
	return flags & ~(O_DIRECTORY | O_NOFOLLOW);
}

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	return real_openat(dirfd, path, strip(flags), mode);
}
