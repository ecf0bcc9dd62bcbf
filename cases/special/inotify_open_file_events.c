/*
 * special/inotify_open_file_events - inotify watching a file reports what
 * is done through descriptors open on it: a write through a descriptor
 * opened before the watch gives IN_MODIFY, closing a descriptor opened for
 * writing gives IN_CLOSE_WRITE, and opening and closing it read-only gives
 * IN_OPEN and IN_CLOSE_NOWRITE.
 *
 * Cites: inotify(7) "inotify events", "Examples"; inotify_add_watch(2).
 */
#include "special.h"

FT_CASE("inotify reports writes and closes through descriptors open on a watched file",
	"inotify(7) \"inotify events\", \"Examples\"; inotify_add_watch(2)");

#define MASK (IN_MODIFY | IN_OPEN | IN_CLOSE_WRITE | IN_CLOSE_NOWRITE)

FT_POINT(write_reports_modify)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile(NULL, path);
	FT_FD int in = FT_SYS(inotify_init1(IN_NONBLOCK));
	FT_SYS(inotify_add_watch(in, path, MASK));
	uint32_t m[16];
	FT_EQ(sp_inotify_masks(in, m, 16), 0);
	FT_EQ(write(fd, "x", 1), 1);
	FT_EQ(ft_poll_in(in, 1000), 1);
	int n = sp_inotify_masks(in, m, 16);
	FT_EQ(n, 1);
	FT_EQ(m[0], IN_MODIFY);
}

FT_POINT(close_reports_close_write)
{
	char path[FT_PATH_MAX];
	int fd = ft_tmpfile(NULL, path);
	FT_FD int in = FT_SYS(inotify_init1(IN_NONBLOCK));
	FT_SYS(inotify_add_watch(in, path, MASK));
	close(fd);
	uint32_t m[16];
	int n = sp_inotify_masks(in, m, 16);
	FT_EQ(n, 1);
	FT_EQ(m[0], IN_CLOSE_WRITE);
}

FT_POINT(readonly_open_close)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile("data", path));
	FT_FD int in = FT_SYS(inotify_init1(IN_NONBLOCK));
	FT_SYS(inotify_add_watch(in, path, MASK));
	int fd = FT_SYS(open(path, O_RDONLY));
	close(fd);
	uint32_t m[16];
	int n = sp_inotify_masks(in, m, 16);
	FT_EQ(n, 2);
	FT_EQ(m[0], IN_OPEN);
	FT_EQ(m[1], IN_CLOSE_NOWRITE);
}
