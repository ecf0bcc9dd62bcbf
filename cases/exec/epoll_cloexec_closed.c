/*
 * exec/epoll_cloexec_closed - an epoll instance created by
 * epoll_create1(EPOLL_CLOEXEC) is closed by execve; one created without
 * the flag survives.
 */
#include "exec.h"
#include <sys/epoll.h>

FT_CASE("EPOLL_CLOEXEC epoll descriptors are closed by execve",
	"epoll_create(2) DESCRIPTION (EPOLL_CLOEXEC); execve(2) \"Effect on process attributes\"");

static int make(int flags) { return epoll_create1(flags); }

FT_POINT(epoll_create1) { EX_FLAG_PAIR(make, EPOLL_CLOEXEC, 0); }
