/*
 * alloc/socketpair_takes_lowest - socketpair() allocates its two
 * descriptors one after the other, each the lowest free number at that
 * moment: the pair fills a gap and then the next free number above an
 * open descriptor.  The order of the two ends is not documented and is
 * not checked.
 *
 * Cites: socketpair(2) DESCRIPTION; POSIX socketpair(3p); POSIX XSH 2.14
 * "File Descriptor Allocation".
 */
#include "alloc.h"
#include <sys/socket.h>

FT_CASE("socketpair() gives its two ends the two lowest free numbers in turn",
	"socketpair(2) DESCRIPTION; POSIX socketpair(3p); POSIX XSH 2.14 File Descriptor Allocation");

static void check(int type)
{
	int plug, h = alloc_gap(&plug);
	int next = alloc_free_above(h);
	int sv[2];
	FT_SYS(socketpair(AF_UNIX, type, 0, sv));
	FT_EQ(sv[0] < sv[1] ? sv[0] : sv[1], h);
	FT_EQ(sv[0] < sv[1] ? sv[1] : sv[0], next);
	close(sv[0]);
	close(sv[1]);
	close(plug);
}

FT_POINT(stream_pair)
{
	check(SOCK_STREAM);
}

FT_POINT(dgram_pair_cloexec)
{
	check(SOCK_DGRAM | SOCK_CLOEXEC);
}
