/*
 * special/eventfd_semaphore_mode - with EFD_SEMAPHORE every read of a
 * nonzero eventfd counter returns the value 1 and decrements the counter
 * by one, so a counter of N satisfies exactly N reads before reads find it
 * zero (EAGAIN when nonblocking).
 *
 * Cites: eventfd(2) DESCRIPTION (EFD_SEMAPHORE, since Linux 2.6.30; read(2)).
 */
#include "special.h"
#include <sys/eventfd.h>

FT_CASE("EFD_SEMAPHORE reads return 1 and decrement the counter",
	"eventfd(2) DESCRIPTION (EFD_SEMAPHORE; read(2))");

FT_POINT(reads_one_and_decrements)
{
	FT_FD int fd = FT_SYS(eventfd(3, EFD_SEMAPHORE | EFD_NONBLOCK));
	uint64_t v;
	FT_EQ(sp_read_u64(fd), 1);
	FT_EQ(sp_read_u64(fd), 1);
	FT_EQ(sp_read_u64(fd), 1);
	FT_ERRNO(read(fd, &v, sizeof v), EAGAIN);
}

FT_POINT(writes_add_to_the_count)
{
	FT_FD int fd = FT_SYS(eventfd(0, EFD_SEMAPHORE | EFD_NONBLOCK));
	uint64_t v;
	sp_write_u64(fd, 2);
	FT_EQ(sp_read_u64(fd), 1);
	FT_EQ(ft_poll_in(fd, 0), 1); /* one left */
	FT_EQ(sp_read_u64(fd), 1);
	FT_ERRNO(read(fd, &v, sizeof v), EAGAIN);
}
