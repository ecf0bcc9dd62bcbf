/*
 * fcntl/setfl_nonblock_takes_effect - O_NONBLOCK turned on with F_SETFL
 * makes I/O that would wait fail at once with EAGAIN: a read from an
 * empty pipe and a write to a full one.  Data already there is still read
 * normally.
 *
 * Cites: fcntl(2) "File status flags"; open(2) O_NONBLOCK; pipe(7) "I/O
 * on pipes and FIFOs" (EAGAIN with O_NONBLOCK); read(2), write(2) ERRORS
 * (EAGAIN).
 */
#include "fdtest.h"

FT_CASE("O_NONBLOCK set by F_SETFL makes would-block I/O fail with EAGAIN",
	"fcntl(2) \"File status flags\"; open(2) O_NONBLOCK; pipe(7) \"I/O on pipes and FIFOs\"; read(2), write(2) ERRORS");

FT_POINT(read_empty_pipe)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	FT_SYS(fcntl(p[0], F_SETFL, ft_getfl(p[0]) | O_NONBLOCK));
	FT_FLAG_SET(ft_getfl(p[0]), O_NONBLOCK); /* else the read would wait */
	char c;
	FT_ERRNO(read(p[0], &c, 1), EAGAIN);
	FT_EQ(write(p[1], "x", 1), 1);
	FT_EQ(read(p[0], &c, 1), 1); /* data is read as usual */
	FT_ERRNO(read(p[0], &c, 1), EAGAIN);
}

FT_POINT(write_full_pipe)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	FT_SYS(fcntl(p[1], F_SETFL, ft_getfl(p[1]) | O_NONBLOCK));
	FT_FLAG_SET(ft_getfl(p[1]), O_NONBLOCK);
	static char buf[4096];
	long total = 0;
	ssize_t w;
	while ((w = write(p[1], buf, sizeof buf)) > 0 && total < (16L << 20))
		total += w;
	int e = errno;
	FT_EQ(w, -1);
	FT_EQ(e, EAGAIN);
	FT_GT(total, 0);
}
