/*
 * epoll/create_cloexec - epoll_create1(EPOLL_CLOEXEC) returns the epoll
 * descriptor with FD_CLOEXEC set, so it is not inherited by an execve();
 * without the flag (and from epoll_create()) FD_CLOEXEC is clear.
 */
#include "epoll.h"

FT_CASE("EPOLL_CLOEXEC sets FD_CLOEXEC on the new epoll descriptor",
	"epoll_create(2) \"epoll_create1()\" EPOLL_CLOEXEC; fcntl(2) \"File descriptor flags\"");

FT_POINT(cloexec_flag_set)
{
	int ep = FT_NEED_CALL(epoll_create1(EPOLL_CLOEXEC), "epoll_create1",
			      "Linux 2.6.27");
	FT_EQ(ft_getfd(ep), FD_CLOEXEC);
	close(ep);
}

FT_POINT(default_not_cloexec)
{
	FT_FD int a = FT_SYS(epoll_create1(0));
	FT_FD int b = FT_SYS(epoll_create(1));
	FT_EQ(ft_getfd(a), 0);
	FT_EQ(ft_getfd(b), 0);
}

FT_POINT(gone_after_exec)
{
	FT_FD int ep = FT_SYS(epoll_create1(EPOLL_CLOEXEC));
	FT_FD int keep = FT_SYS(epoll_create1(0));
	struct ft_probe p;
	ft_exec_probe(&p, NULL, NULL);
	FT_TRUE(ft_probe_find(&p, ep) == NULL);
	const struct ft_probe_fd *k = ft_probe_find(&p, keep);
	FT_TRUE(k != NULL);
	FT_STREQ(k->type, "anon");
}
