/*
 * shim special_inotify_no_close_events: inotify_add_watch() drops
 * IN_CLOSE_WRITE and IN_CLOSE_NOWRITE from the watch mask, as an
 * emulation that does not generate close events would: closing a watched
 * file reports nothing.
 *
 * fdsuite-targets: special/inotify_open_file_events special/inotify_unlink_while_open
 */
#include <dlfcn.h>
#include <stdint.h>
#include <sys/inotify.h>

int inotify_add_watch(int fd, const char *path, uint32_t mask)
{
	static int (*real)(int, const char *, uint32_t);
	if (!real)
		real = (int (*)(int, const char *, uint32_t))dlsym(RTLD_NEXT,
								   "inotify_add_watch");
	return real(fd, path, mask & ~(uint32_t)IN_CLOSE);
}
