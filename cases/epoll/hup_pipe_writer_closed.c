/*
 * epoll/hup_pipe_writer_closed - on a pipe, the read end reports EPOLLHUP
 * once the last write end is closed (not while a dup of it lives), and
 * EPOLLHUP comes after any data still buffered has been reported with
 * EPOLLIN; the write end reports EPOLLERR once the read end is closed,
 * even when EPOLLERR was not requested.
 */
#include "epoll.h"

FT_CASE("EPOLLHUP on a pipe's read end after the last writer, EPOLLERR on the write end",
	"epoll_ctl(2) DESCRIPTION EPOLLHUP, EPOLLERR; pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(hup_after_last_writer)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_FD int w2 = FT_SYS(dup(p[1]));
	ep_add(ep, p[0], EPOLLIN, 1);
	struct epoll_event out[2];
	ft_close(&p[1]);
	FT_EQ(ep_wait(ep, out, 2, 0), 0); /* w2 is still a writer */
	FT_EQ(write(w2, "x", 1), 1);
	ft_close(&w2);
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_EQ(out[0].events & (EPOLLIN | EPOLLHUP), EPOLLIN | EPOLLHUP);
	char c;
	FT_EQ(read(p[0], &c, 1), 1);
	FT_EQ(ep_wait(ep, out, 2, 0), 1); /* drained: still hung up */
	FT_NE(out[0].events & EPOLLHUP, 0);
}

FT_POINT(err_on_write_end_after_reader)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	ep_add(ep, p[1], EPOLLIN, 3); /* EPOLLERR is not requested */
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 0), 0);
	ft_close(&p[0]);
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_NE(out[0].events & EPOLLERR, 0);
	FT_EQ(out[0].data.u64, 3);
}
