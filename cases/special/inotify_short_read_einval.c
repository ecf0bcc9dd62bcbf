/*
 * special/inotify_short_read_einval - a read from an inotify descriptor
 * with a buffer too small for the next event fails with EINVAL (since
 * Linux 2.6.21) and does not consume the event; with no event queued a
 * nonblocking read fails with EAGAIN.
 *
 * Cites: inotify(7) "Reading events from an inotify file descriptor";
 * inotify_init(2) (IN_NONBLOCK).
 */
#include "special.h"

FT_CASE("an inotify read into a buffer too small for the next event is EINVAL",
	"inotify(7) \"Reading events from an inotify file descriptor\"; inotify_init(2)");

FT_POINT(empty_queue_is_eagain)
{
	FT_FD int in = FT_SYS(inotify_init1(IN_NONBLOCK));
	char buf[sizeof(struct inotify_event) + NAME_MAX + 1];
	FT_ERRNO(read(in, buf, sizeof buf), EAGAIN);
}

FT_POINT(short_buffer_einval_keeps_event)
{
	FT_FD int in = FT_SYS(inotify_init1(IN_NONBLOCK));
	FT_SYS(inotify_add_watch(in, ".", IN_CREATE));
	close(ft_tmpfile(NULL, NULL)); /* an event with a name */
	FT_EQ(ft_poll_in(in, 1000), 1);
	char small[sizeof(struct inotify_event)];
	FT_ERRNO(read(in, small, sizeof small), EINVAL);
	char buf[sizeof(struct inotify_event) + NAME_MAX + 1]
		__attribute__((aligned(__alignof__(struct inotify_event))));
	ssize_t r = read(in, buf, sizeof buf);
	FT_GT(r, (ssize_t)sizeof(struct inotify_event));
	FT_TRUE(((struct inotify_event *)buf)->mask & IN_CREATE);
}
