/*
 * shim epoll_create_flags: epoll creation ignores its arguments:
 * epoll_create1() drops every flag (EPOLL_CLOEXEC included, unknown flags
 * are not refused) and epoll_create() accepts any size.
 *
 * fdsuite-targets: epoll/create_cloexec epoll/create_errors
 */
#include <sys/epoll.h>

#include "next.h"

int epoll_create1(int flags)
{
	__typeof__(&epoll_create1) real = NEXT(epoll_create1);
	(void)flags;
	return real(0);
}

int epoll_create(int size)
{
	(void)size;
	return epoll_create1(0);
}
