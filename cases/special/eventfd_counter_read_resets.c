/*
 * special/eventfd_counter_read_resets - without EFD_SEMAPHORE an eventfd is
 * a counter: writes add to it, a read returns the whole sum and resets it
 * to zero, and reading a zero counter through a nonblocking descriptor
 * fails with EAGAIN instead of waiting.
 *
 * Cites: eventfd(2) DESCRIPTION (read(2), write(2)).
 */
#include "special.h"
#include <sys/eventfd.h>

FT_CASE("an eventfd read returns the summed counter and resets it to zero",
	"eventfd(2) DESCRIPTION (read(2), write(2))");

FT_POINT(initval_is_read)
{
	FT_FD int fd = FT_SYS(eventfd(7, EFD_NONBLOCK));
	FT_EQ(sp_read_u64(fd), 7);
}

FT_POINT(read_returns_sum_of_writes)
{
	FT_FD int fd = FT_SYS(eventfd(0, EFD_NONBLOCK));
	sp_write_u64(fd, 3);
	sp_write_u64(fd, 4);
	sp_write_u64(fd, 1000);
	FT_EQ(sp_read_u64(fd), 1007);
}

FT_POINT(read_resets_to_zero)
{
	FT_FD int fd = FT_SYS(eventfd(5, EFD_NONBLOCK));
	uint64_t v;
	FT_EQ(sp_read_u64(fd), 5);
	FT_ERRNO(read(fd, &v, sizeof v), EAGAIN);
	sp_write_u64(fd, 2);
	FT_EQ(sp_read_u64(fd), 2);
}

FT_POINT(zero_counter_not_readable)
{
	FT_FD int fd = FT_SYS(eventfd(0, EFD_NONBLOCK));
	FT_EQ(ft_poll_in(fd, 0), 0);
	sp_write_u64(fd, 1);
	FT_EQ(ft_poll_in(fd, 0), 1);
}
