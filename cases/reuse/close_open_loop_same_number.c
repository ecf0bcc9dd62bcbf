/*
 * reuse/close_open_loop_same_number - a loop that creates a descriptor and
 * closes it gets the same number every time (the lowest free one): the
 * number does not drift upward however many times it is recycled, for
 * open() and for pipe() alike.
 *
 * Cites: close(2) DESCRIPTION; open(2) DESCRIPTION; POSIX XSH 2.14 "File
 * Descriptor Allocation".
 */
#include "fdtest.h"

FT_CASE("create-then-close in a loop returns the same number each time",
	"close(2) DESCRIPTION; open(2) DESCRIPTION; POSIX XSH 2.14 File Descriptor Allocation");

#define ROUNDS 500

FT_POINT(open_close_loop)
{
	int first = FT_SYS(open("/dev/null", O_RDONLY));
	FT_SYS(close(first));
	for (int i = 0; i < ROUNDS; i++) {
		int fd = FT_SYS(open("/dev/null", O_RDONLY));
		if (fd != first)
			FT_EQ(fd, first); /* report the first drift */
		FT_SYS(close(fd));
	}
}

FT_POINT(pipe_close_loop)
{
	int p[2], q[2];
	FT_SYS(pipe(p));
	FT_SYS(close(p[0]));
	FT_SYS(close(p[1]));
	for (int i = 0; i < ROUNDS; i++) {
		FT_SYS(pipe(q));
		/* same pair of numbers (which end gets which is not
		   documented) */
		int qlo = q[0] < q[1] ? q[0] : q[1], plo = p[0] < p[1] ? p[0] : p[1];
		if (qlo != plo || q[0] + q[1] != p[0] + p[1]) {
			FT_EQ(qlo, plo);
			FT_EQ(q[0] + q[1], p[0] + p[1]);
		}
		FT_SYS(close(q[0]));
		FT_SYS(close(q[1]));
	}
}
