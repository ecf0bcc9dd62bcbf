/*
 * exec/epoll_cloexec_closed - an epoll instance created by
 * epoll_create1(EPOLL_CLOEXEC) is closed by execve; one created without
 * the flag survives.
 *
 * Cites: epoll_create(2) DESCRIPTION (EPOLL_CLOEXEC; epoll_create1 since
 * Linux 2.6.27); execve(2) "Effect on process attributes".
 */
#include "exec.h"
#include <sys/epoll.h>

FT_CASE("EPOLL_CLOEXEC epoll descriptors are closed by execve",
	"epoll_create(2) DESCRIPTION (EPOLL_CLOEXEC); execve(2) \"Effect on process attributes\"");

FT_POINT(epoll_create1)
{
	struct ft_probe p;
	FT_FD int c = FT_SYS(epoll_create1(EPOLL_CLOEXEC));
	FT_FD int k = FT_SYS(epoll_create1(0));
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
}
