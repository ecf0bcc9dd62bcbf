/*
 * special/eventfd_short_buffer_einval - eventfd transfers exactly one
 * 8-byte integer: read(2) or write(2) with a buffer shorter than 8 bytes
 * fails with EINVAL and leaves the counter alone; a longer read buffer
 * still returns 8 bytes.
 *
 * Cites: eventfd(2) DESCRIPTION (read(2), write(2)).
 */
#include "special.h"
#include <sys/eventfd.h>

FT_CASE("eventfd reads and writes shorter than 8 bytes fail with EINVAL",
	"eventfd(2) DESCRIPTION (read(2), write(2))");

FT_POINT(short_read_is_einval)
{
	FT_FD int fd = FT_SYS(eventfd(9, EFD_NONBLOCK));
	char buf[4];
	FT_ERRNO(read(fd, buf, sizeof buf), EINVAL);
	FT_EQ(sp_read_u64(fd), 9); /* the counter was not consumed */
}

FT_POINT(short_write_is_einval)
{
	FT_FD int fd = FT_SYS(eventfd(0, EFD_NONBLOCK));
	uint64_t v = 1;
	FT_ERRNO(write(fd, &v, 4), EINVAL);
	FT_EQ(ft_poll_in(fd, 0), 0); /* nothing was added */
}

FT_POINT(long_read_returns_eight)
{
	FT_FD int fd = FT_SYS(eventfd(6, EFD_NONBLOCK));
	uint64_t buf[2] = { 0, 0 };
	FT_EQ(read(fd, buf, sizeof buf), 8);
	FT_EQ(buf[0], 6);
}
