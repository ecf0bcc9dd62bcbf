/*
 * io_uring/ring_fd_takes_lowest - io_uring_setup() returns its ring as a
 * new descriptor on the lowest free number, like every call that creates
 * one: it fills a gap below an open descriptor, takes exactly one number,
 * and a number freed by closing a ring is handed out again.
 */
#include "io_uring.h"

FT_CASE("io_uring_setup() returns the lowest-numbered free descriptor",
	"io_uring_setup(2) RETURN VALUE (Linux 5.1); "
	"POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(fills_gap)
{
	FT_FD int plug = -1;
	int gap = ur_gap(&plug);
	UR_RING r = UR_NO_RING;
	FT_EQ(ur_setup(&r, 0), gap);
}

FT_POINT(takes_one_number)
{
	FT_FD int plug = -1;
	int gap = ur_gap(&plug);
	UR_RING r = UR_NO_RING;
	FT_EQ(ur_setup(&r, 0), gap);
	int next = ur_free_above(gap);
	FT_EQ(ft_lowest_free(), next);
	UR_RING second = UR_NO_RING;
	FT_EQ(ur_setup(&second, 0), next);
}

FT_POINT(number_reused_after_close)
{
	UR_RING r = UR_NO_RING;
	int first = ur_setup(&r, 0);
	ur_free(&r);
	FT_FALSE(ft_is_open(first));
	UR_RING again = UR_NO_RING;
	FT_EQ(ur_setup(&again, 0), first);
}

/* The mappings keep the ring, not the number: a ring whose descriptor was
   closed does not hold its number. */
FT_POINT(mapped_ring_frees_number)
{
	UR_RING r = UR_NO_RING;
	int first = ur_setup(&r, 0);
	FT_SYS(close(r.fd));
	r.fd = -1;
	FT_EQ(ft_lowest_free(), first);
	FT_FD int next = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	FT_EQ(next, first);
}
