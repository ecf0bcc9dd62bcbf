/*
 * epoll/data_returned_unchanged - the data member given to epoll_ctl() is
 * opaque to the kernel and comes back from epoll_wait() bit for bit: all
 * 64 bits of data.u64 (not only a 32-bit fd), and the value of the most
 * recent EPOLL_CTL_MOD once it replaced the one given to EPOLL_CTL_ADD.
 *
 * Cites: epoll_ctl(2) DESCRIPTION (the data member is saved and returned);
 * epoll_wait(2) DESCRIPTION (data as given in the most recent
 * EPOLL_CTL_ADD or EPOLL_CTL_MOD); epoll_event(3type).
 */
#include "epoll.h"

FT_CASE("epoll_wait returns the data.u64 given to epoll_ctl unchanged",
	"epoll_ctl(2) DESCRIPTION; epoll_wait(2) DESCRIPTION; epoll_event(3type)");

FT_POINT(all_64_bits_returned)
{
	static const uint64_t v[] = { 0xfedcba9876543210ULL, 0,
				      0xffffffffffffffffULL,
				      0x8000000000000001ULL };
	FT_FD int ep = FT_SYS(epoll_create1(0));
	for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) {
		int efd = ep_eventfd(1);
		ep_add(ep, efd, EPOLLIN, v[i]);
		struct epoll_event out[2];
		FT_EQ(ep_wait(ep, out, 2, 1000), 1);
		FT_EQ(out[0].data.u64, v[i]);
		close(efd);
	}
}

FT_POINT(mod_replaces_data)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(1);
	ep_add(ep, efd, EPOLLIN, 0x1111222233334444ULL);
	ep_mod(ep, efd, EPOLLIN, 0x5555666677778888ULL);
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_EQ(out[0].data.u64, 0x5555666677778888ULL);
}

FT_POINT(ptr_returned)
{
	static int anchor;
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(1);
	struct epoll_event ev = { .events = EPOLLIN, .data.ptr = &anchor };
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev));
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_TRUE(out[0].data.ptr == &anchor);
}
