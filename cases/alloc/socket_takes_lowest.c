/*
 * alloc/socket_takes_lowest - socket() returns the lowest-numbered free
 * descriptor, for UNIX and INET sockets alike, with SOCK_CLOEXEC and
 * SOCK_NONBLOCK alone or together, also where the gap lies above 63 or
 * above 1023.
 *
 * Cites: socket(2) DESCRIPTION; POSIX socket(3p); POSIX XSH 2.14 "File
 * Descriptor Allocation".
 */
#include "alloc.h"
#include <netinet/in.h>

FT_CASE("socket() returns the lowest-numbered free descriptor",
	"socket(2) DESCRIPTION; POSIX socket(3p); POSIX XSH 2.14 File Descriptor Allocation");

/* a UNIX stream socket; INET_DGRAM in flags: an INET datagram socket */
#define INET_DGRAM 0x1
static int create(int flags, const int *held, int fds[2])
{
	int rest = flags & ~INET_DGRAM;
	fds[0] = FT_SYS(flags & INET_DGRAM ? socket(AF_INET, SOCK_DGRAM | rest, 0)
					   : socket(AF_UNIX, SOCK_STREAM | rest, 0));
	return 1;
}
static const struct alloc_call call = { create, NULL };
ALLOC_FLAG_ROWS(SOCK_CLOEXEC, SOCK_NONBLOCK);

FT_POINT(unix_fills_gap)
{
	alloc_fills_gap(&call, 0, 0);
}

FT_POINT(inet_dgram_fills_gap)
{
	alloc_second_call(&call, INET_DGRAM | SOCK_CLOEXEC, 0);
}

ALLOC_ROWS_FLAGS(&call, alloc_flag_rows)
ALLOC_ROWS_ABOVE(&call, SOCK_CLOEXEC)
