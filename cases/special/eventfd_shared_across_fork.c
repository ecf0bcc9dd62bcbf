/*
 * special/eventfd_shared_across_fork - a forked child inherits a copy of
 * the eventfd descriptor that refers to the same counter: what the child
 * writes the parent reads, and a read in one process consumes the value
 * for both.
 *
 * Cites: eventfd(2) DESCRIPTION (the paragraph on fork(2) and execve(2)).
 */
#include "special.h"
#include <sys/eventfd.h>

FT_CASE("an eventfd inherited across fork refers to the same counter",
	"eventfd(2) DESCRIPTION (inherited by the child produced by fork(2))");

FT_POINT(child_write_seen_by_parent)
{
	FT_FD int fd = FT_SYS(eventfd(0, EFD_NONBLOCK));
	pid_t pid = ft_fork();
	if (pid == 0) {
		sp_write_u64(fd, 42);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(sp_read_u64(fd), 42);
}

FT_POINT(child_read_consumes_for_parent)
{
	FT_FD int fd = FT_SYS(eventfd(11, EFD_NONBLOCK));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(sp_read_u64(fd), 11);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	uint64_t v;
	FT_ERRNO(read(fd, &v, sizeof v), EAGAIN);
}

FT_POINT(parent_write_wakes_child)
{
	FT_FD int fd = FT_SYS(eventfd(0, 0));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(sp_read_u64(fd), 3); /* blocks until the parent writes */
		_exit(0);
	}
	sp_write_u64(fd, 3);
	FT_CHILD_OK(pid);
}
