/*
 * proc/link_anon_inode - descriptors with no inode of their own show
 * "anon_inode:" and a file type in their /proc/self/fd link; on Linux the
 * type is in square brackets for eventfd ("anon_inode:[eventfd]"), epoll
 * ("anon_inode:[eventpoll]", the example proc(5) gives), signalfd
 * ("anon_inode:[signalfd]") and timerfd ("anon_inode:[timerfd]").
 *
 * Cites: proc(5) "/proc/pid/fd/" (anon_inode:file-type); eventfd(2);
 * epoll_create(2); signalfd(2); timerfd_create(2).
 */
#include "proc.h"
#include <signal.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>

FT_CASE("anonymous-inode descriptors link to \"anon_inode:[type]\"",
	"proc(5) \"/proc/pid/fd/\"; eventfd(2); epoll_create(2); signalfd(2); timerfd_create(2)");
FT_NEEDS(FT_NEEDS_PROC);

static void check(int fd, const char *want)
{
	char got[64];
	ft_readlink_fd(fd, got, sizeof got);
	FT_STREQ(got, want);
	close(fd);
}

FT_POINT(eventfd)
{
	check(FT_SYS(eventfd(0, EFD_CLOEXEC)), "anon_inode:[eventfd]");
}

FT_POINT(epoll)
{
	check(FT_SYS(epoll_create1(EPOLL_CLOEXEC)), "anon_inode:[eventpoll]");
}

FT_POINT(signalfd)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	check(FT_SYS(signalfd(-1, &set, SFD_CLOEXEC)), "anon_inode:[signalfd]");
}

FT_POINT(timerfd)
{
	check(FT_SYS(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC)), "anon_inode:[timerfd]");
}
