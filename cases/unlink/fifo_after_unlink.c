/*
 * unlink/fifo_after_unlink - unlinking a FIFO removes only its name: the
 * ends already open keep working (data written goes to the reader, st_nlink
 * reads 0, the reader sees end-of-file once the writer closes), and a new
 * FIFO made under the same name is a separate pipe.
 *
 * Cites: unlink(2) DESCRIPTION (a FIFO's name is removed, processes having
 * it open may go on using it); fifo(7) DESCRIPTION; POSIX unlink(3p).
 */
#include "unlink.h"

FT_CASE("an unlinked FIFO keeps carrying data between its open ends",
	"unlink(2) DESCRIPTION; fifo(7) DESCRIPTION; POSIX unlink(3p)");

static void open_fifo(const char *name, int *r, int *w)
{
	FT_SYS(mkfifo(name, 0600));
	*r = FT_SYS(open(name, O_RDONLY | O_NONBLOCK));
	*w = FT_SYS(open(name, O_WRONLY));
}

FT_POINT(data_flows)
{
	int r, w;
	open_fifo("p", &r, &w);
	FT_SYS(unlink("p"));
	FT_EQ(unlink_nlink(w), 0);
	FT_EQ(write(w, "abc", 3), 3);
	char buf[8];
	FT_EQ(read(r, buf, sizeof buf), 3);
	FT_MEMEQ(buf, "abc", 3);
	FT_SYS(close(w));
	FT_EQ(read(r, buf, sizeof buf), 0);
	close(r);
}

FT_POINT(new_fifo_is_separate)
{
	int r, w, r2, w2;
	open_fifo("p", &r, &w);
	FT_SYS(unlink("p"));
	open_fifo("p", &r2, &w2);
	FT_EQ(write(w, "old", 3), 3);
	FT_EQ(ft_poll_in(r2, 0), 0);
	char buf[8];
	FT_EQ(read(r, buf, sizeof buf), 3);
	FT_MEMEQ(buf, "old", 3);
	close(w2);
	close(r2);
	close(w);
	close(r);
}
