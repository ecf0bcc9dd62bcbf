/*
 * pipe/fifo_nonblock_writer_enxio - opening a FIFO O_WRONLY|O_NONBLOCK when
 * no process has it open for reading fails with ENXIO; with a reader it
 * succeeds, and once that reader has closed it fails with ENXIO again.
 */
#include "pipe.h"

FT_CASE("a non-blocking write-only open of a FIFO without a reader fails with ENXIO",
	"fifo(7) DESCRIPTION; open(2) ENXIO; POSIX open(3p)");

FT_POINT(no_reader_enxio)
{
	pp_mkfifo("f");
	FT_ERRNO(open("f", O_WRONLY | O_NONBLOCK | O_CLOEXEC), ENXIO);
}

FT_POINT(with_reader_succeeds)
{
	pp_mkfifo("f");
	FT_FD int r = FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	FT_FD int w = FT_SYS(open("f", O_WRONLY | O_NONBLOCK | O_CLOEXEC));
}

FT_POINT(enxio_again_after_reader_closes)
{
	pp_mkfifo("f");
	FT_FD int r = FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	ft_close(&r);
	FT_ERRNO(open("f", O_WRONLY | O_NONBLOCK | O_CLOEXEC), ENXIO);
}
