/*
 * shim offset_open_drops_append: open() silently ignores O_APPEND, so
 * writes go to the file offset instead of the end of the file.
 *
 * fdsuite-targets: offset/append_writes_at_end offset/pwrite_append_appends
 */
#include "open_hook.h"

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	return real_openat(dirfd, path, flags & ~O_APPEND, mode);
}
