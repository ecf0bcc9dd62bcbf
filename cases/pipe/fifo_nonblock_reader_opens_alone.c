/*
 * pipe/fifo_nonblock_reader_opens_alone - opening a FIFO O_RDONLY|O_NONBLOCK
 * succeeds at once even though no process has it open for writing; the
 * FIFO then has a reader, so a writer can open it without blocking and
 * data flows to the early reader.
 */
#include "pipe.h"

FT_CASE("a non-blocking read-only open of a FIFO succeeds without a writer",
	"fifo(7) DESCRIPTION; open(2) O_NONBLOCK");

FT_POINT(opens_without_writer)
{
	pp_mkfifo("f");
	FT_FD int r = FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	FT_EQ(ft_getfl(r) & O_ACCMODE, O_RDONLY);
}

FT_POINT(writer_then_reaches_reader)
{
	pp_mkfifo("f");
	FT_FD int r = FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	FT_FD int w = FT_SYS(open("f", O_WRONLY | O_NONBLOCK | O_CLOEXEC));
	ft_write_all(w, "data", 4);
	char buf[8];
	FT_EQ(read(r, buf, sizeof buf), 4);
	FT_MEMEQ(buf, "data", 4);
}
