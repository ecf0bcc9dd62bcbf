/*
 * special/eventfd_write_limit - the eventfd counter holds at most
 * 0xfffffffffffffffe.  A write that would push it past that waits for a
 * read (or fails with EAGAIN when nonblocking) and leaves the counter
 * unchanged; writing the value 0xffffffffffffffff is always EINVAL.
 *
 * Cites: eventfd(2) DESCRIPTION (write(2)).
 */
#include "special.h"
#include <sys/eventfd.h>

FT_CASE("eventfd writes never overflow the counter: EAGAIN/blocking, and all-ones is EINVAL",
	"eventfd(2) DESCRIPTION (write(2))");

#define MAXC 0xfffffffffffffffeULL

FT_POINT(all_ones_is_einval)
{
	FT_FD int fd = FT_SYS(eventfd(0, EFD_NONBLOCK));
	uint64_t v = ~0ULL;
	FT_ERRNO(write(fd, &v, sizeof v), EINVAL);
	FT_EQ(ft_poll_in(fd, 0), 0); /* nothing was added */
}

FT_POINT(maximum_value_fits)
{
	FT_FD int fd = FT_SYS(eventfd(0, EFD_NONBLOCK));
	sp_write_u64(fd, MAXC);
	FT_TRUE(sp_read_u64(fd) == MAXC);
}

FT_POINT(overflow_nonblock_is_eagain)
{
	FT_FD int fd = FT_SYS(eventfd(0, EFD_NONBLOCK));
	uint64_t one = 1;
	sp_write_u64(fd, MAXC - 1);
	sp_write_u64(fd, 1); /* now exactly at the maximum */
	FT_ERRNO(write(fd, &one, sizeof one), EAGAIN);
	FT_TRUE(sp_read_u64(fd) == MAXC); /* unchanged by the failed write */
}

FT_POINT(overflow_blocks_until_read)
{
	FT_FD int fd = FT_SYS(eventfd(0, 0));
	FT_FDS int done[2] = FT_NO_FDS;
	ft_pipe(done, 0);
	sp_write_u64(fd, MAXC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		close(done[0]);
		sp_write_u64(fd, 5); /* must wait for the parent's read */
		FT_EQ(write(done[1], "w", 1), 1);
		_exit(0);
	}
	ft_close(&done[1]);
	ft_wait_blocked(pid, SYS_write, 0);
	FT_EQ(ft_poll_in(done[0], 0), 0); /* still blocked */
	FT_TRUE(sp_read_u64(fd) == MAXC);
	FT_EQ(ft_poll_in(done[0], 2000), 1); /* the read let it through */
	FT_CHILD_OK(pid);
	FT_EQ(sp_read_u64(fd), 5);
}
