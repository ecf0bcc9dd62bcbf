/*
 * special/anon_inode_link_names - descriptors without a file of their own
 * show in /proc/self/fd as "anon_inode:<type>".  The types are fixed by the
 * kernel when it creates the file: "[eventfd]", "[timerfd]",
 * "[signalfd]", "inotify" (no brackets), "[eventpoll]" and "[pidfd]".
 * Since Linux 6.9 pidfds live on their own pidfs filesystem, which keeps
 * the "anon_inode:[pidfd]" link text for compatibility (observed on 6.18).
 *
 * Cites: proc(5) "/proc/pid/fd/" (anon_inode:file-type; the
 * anon_inode:[eventpoll] example); kernel sources fs/eventfd.c,
 * fs/timerfd.c, fs/signalfd.c, fs/notify/inotify/inotify_user.c,
 * fs/eventpoll.c, kernel/pid.c and fs/pidfs.c (Linux 6.9).
 */
#include "special.h"
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>

FT_CASE("anonymous-inode descriptors show as anon_inode:<type> in /proc/self/fd",
	"proc(5) \"/proc/pid/fd/\"");

static void expect_link(int fd, const char *want)
{
	char link[256];
	if (access("/proc/self/fd", F_OK) != 0)
		FT_SKIP("/proc is not mounted");
	ft_readlink_fd(fd, link, sizeof link);
	close(fd);
	FT_STREQ(link, want);
}

FT_POINT(eventfd_name)
{
	expect_link(FT_SYS(eventfd(0, 0)), "anon_inode:[eventfd]");
}

FT_POINT(timerfd_name)
{
	expect_link(FT_SYS(timerfd_create(CLOCK_MONOTONIC, 0)), "anon_inode:[timerfd]");
}

FT_POINT(signalfd_name)
{
	sigset_t m;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR1);
	expect_link(FT_SYS(signalfd(-1, &m, 0)), "anon_inode:[signalfd]");
}

FT_POINT(inotify_name)
{
	expect_link(FT_SYS(inotify_init1(0)), "anon_inode:inotify");
}

FT_POINT(epoll_name)
{
	expect_link(FT_SYS(epoll_create1(0)), "anon_inode:[eventpoll]");
}

FT_POINT(pidfd_name)
{
	int pfd = FT_NEED_CALL(sp_pidfd_open(getpid(), 0), "pidfd_open", "Linux 5.3");
	expect_link(pfd, "anon_inode:[pidfd]");
}
