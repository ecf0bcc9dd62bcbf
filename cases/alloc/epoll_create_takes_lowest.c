/*
 * alloc/epoll_create_takes_lowest - a new epoll instance's descriptor, from
 * epoll_create1() (with and without EPOLL_CLOEXEC) or the older
 * epoll_create(), is the lowest free number: it fills a gap below an open
 * descriptor, also above 63 or above 1023, and the next instance takes
 * the next free number above it.
 *
 * Cites: epoll_create(2) DESCRIPTION and "epoll_create1()"; POSIX XSH
 * 2.14 "File Descriptor Allocation" (the general rule for every call that
 * allocates descriptors).
 */
#include "alloc.h"
#include <sys/epoll.h>

FT_CASE("epoll_create1() and epoll_create() return the lowest-numbered free descriptor",
	"epoll_create(2) DESCRIPTION, \"epoll_create1()\"; POSIX XSH 2.14 File Descriptor Allocation");

#define OLD_CALL (-1) /* epoll_create(1) instead of epoll_create1() */
ALLOC_CALL_ONE(flags == OLD_CALL ? epoll_create(1) : epoll_create1(flags));
static const struct alloc_flag_row flag_rows[] = {
	{ "none", 0 }, { "cloexec", EPOLL_CLOEXEC }, { "epoll_create", OLD_CALL },
};

ALLOC_GAP_POINTS(&call, EPOLL_CLOEXEC, EPOLL_CLOEXEC, OLD_CALL)

ALLOC_ROWS_FLAGS(&call, flag_rows)
ALLOC_ROWS_ABOVE(&call, EPOLL_CLOEXEC)
