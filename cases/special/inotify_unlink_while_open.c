/*
 * special/inotify_unlink_while_open - removing the last link of a watched
 * file that is still open reports IN_ATTRIB (its link count changed); the
 * file stays usable through the open descriptor; IN_DELETE_SELF and then
 * IN_IGNORED follow once the file is gone (here: after the last close).
 *
 * Cites: inotify(7) "inotify events" (IN_ATTRIB link count, since Linux
 * 2.6.25; IN_DELETE_SELF; IN_IGNORED), "Examples"; unlink(2) DESCRIPTION.
 */
#include "special.h"

FT_CASE("unlinking an open watched file reports IN_ATTRIB, later IN_DELETE_SELF and IN_IGNORED",
	"inotify(7) \"inotify events\"; \"Examples\"; unlink(2) DESCRIPTION");

#define MASK (IN_ATTRIB | IN_MODIFY | IN_CLOSE_WRITE | IN_DELETE_SELF)

FT_POINT(unlink_reports_attrib)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile(NULL, path);
	FT_FD int in = FT_SYS(inotify_init1(IN_NONBLOCK));
	FT_SYS(inotify_add_watch(in, path, MASK));
	FT_SYS(unlink(path));
	uint32_t m[16];
	int n = sp_inotify_masks(in, m, 16);
	FT_GE(n, 1);
	FT_EQ(m[0], IN_ATTRIB);
}

FT_POINT(still_writable_after_unlink)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile(NULL, path);
	FT_FD int in = FT_SYS(inotify_init1(IN_NONBLOCK));
	FT_SYS(inotify_add_watch(in, path, MASK));
	FT_SYS(unlink(path));
	FT_EQ(write(fd, "abc", 3), 3);
	uint32_t m[16];
	int n = sp_inotify_masks(in, m, 16);
	FT_GE(sp_find_event(m, n, 0, IN_MODIFY), 0);
	char buf[4];
	FT_EQ(pread(fd, buf, 3, 0), 3);
	FT_MEMEQ(buf, "abc", 3);
}

FT_POINT(delete_self_then_ignored)
{
	char path[FT_PATH_MAX];
	int fd = ft_tmpfile(NULL, path);
	FT_FD int in = FT_SYS(inotify_init1(IN_NONBLOCK));
	FT_SYS(inotify_add_watch(in, path, MASK));
	FT_SYS(unlink(path));
	uint32_t m[16];
	int n0 = sp_inotify_masks(in, m, 16);
	ft_note("before the last close: %s", sp_find_event(m, n0, 0, IN_DELETE_SELF) >= 0
		? "IN_DELETE_SELF already reported" : "no IN_DELETE_SELF yet");
	close(fd);
	int n = sp_inotify_masks(in, m + n0, 16 - n0) + n0;
	int a = sp_find_event(m, n, 0, IN_ATTRIB);
	int d = sp_find_event(m, n, 0, IN_DELETE_SELF);
	int g = sp_find_event(m, n, 0, IN_IGNORED);
	FT_GE(a, 0);
	FT_GT(d, a);
	FT_GT(g, d);
	FT_GE(sp_find_event(m, n, 0, IN_CLOSE_WRITE), 0);
}
