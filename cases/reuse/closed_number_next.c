/*
 * reuse/closed_number_next - close() gives a number back: when it is the
 * lowest free one, the very next descriptor created gets it, whatever kind
 * of object the old and the new descriptor refer to.
 *
 * Cites: close(2) DESCRIPTION (the descriptor may be reused); open(2)
 * DESCRIPTION; POSIX close(3p) (deallocation makes the number available to
 * later allocations); POSIX XSH 2.14 "File Descriptor Allocation".
 */
#include "fdtest.h"
#include <sys/socket.h>

FT_CASE("a closed descriptor number is the next one handed out",
	"close(2) DESCRIPTION; open(2) DESCRIPTION; POSIX close(3p); POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(open_after_close_same_number)
{
	int a = FT_SYS(open("/dev/null", O_RDONLY));
	FT_FD int b = FT_SYS(open("/dev/null", O_RDONLY)); /* keeps a below the top */
	FT_SYS(close(a));
	FT_FD int c = FT_SYS(open("/dev/zero", O_RDONLY));
	FT_EQ(c, a);
}

FT_POINT(other_kind_takes_number)
{
	int p[2];
	FT_SYS(pipe(p));
	int lo = p[0] < p[1] ? p[0] : p[1];
	FT_SYS(close(lo));
	int s = FT_SYS(socket(AF_UNIX, SOCK_DGRAM, 0));
	FT_EQ(s, lo);
	close(s);
	close(p[0] < p[1] ? p[1] : p[0]);
}
