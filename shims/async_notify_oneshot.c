/*
 * shim async_notify_oneshot: F_NOTIFY drops DN_MULTISHOT, so every
 * directory notification is one-shot: the first event ends the whole
 * request and later events are not signalled.
 *
 * fdsuite-targets: async/dnotify_directory_events
 */
#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_NOTIFY)
		arg &= ~(long)DN_MULTISHOT;
	return real_fcntl(fd, cmd, arg);
}
