/*
 * alloc/socket_takes_lowest - socket() returns the lowest-numbered free
 * descriptor, for UNIX and INET sockets alike.
 *
 * Cites: socket(2) DESCRIPTION; POSIX socket(3p); POSIX XSH 2.14 "File
 * Descriptor Allocation".
 */
#include "alloc.h"
#include <sys/socket.h>
#include <netinet/in.h>

FT_CASE("socket() returns the lowest-numbered free descriptor",
	"socket(2) DESCRIPTION; POSIX socket(3p); POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(unix_fills_gap)
{
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(socket(AF_UNIX, SOCK_STREAM, 0));
	FT_EQ(fd, h);
	close(fd);
	close(plug);
}

FT_POINT(inet_dgram_fills_gap)
{
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
	FT_EQ(fd, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(socket(AF_UNIX, SOCK_DGRAM, 0));
	FT_EQ(b, want);
	close(b);
	close(fd);
	close(plug);
}
