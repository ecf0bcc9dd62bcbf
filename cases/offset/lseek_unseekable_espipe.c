/*
 * offset/lseek_unseekable_espipe - pipes, FIFOs and sockets have no file
 * offset: lseek() on them fails with ESPIPE, and so do pread() and
 * pwrite(), which need a seekable file, and every other positional call
 * (preadv, pwritev, preadv2, pwritev2).
 *
 * Cites: lseek(2) ERRORS (ESPIPE: pipe, socket, or FIFO); pread(2)
 * DESCRIPTION (the file must be capable of seeking) and ERRORS; readv(2)
 * ERRORS (as for read and write, and for pread and pwrite); POSIX
 * lseek(3p).
 */
#include "offset.h"
#include <sys/socket.h>

FT_CASE("lseek, pread and pwrite on pipes, FIFOs and sockets fail with ESPIPE",
	"lseek(2) ERRORS; pread(2) DESCRIPTION and ERRORS; readv(2) ERRORS; POSIX lseek(3p)");

static void check(int rd, int wr)
{
	char c;
	FT_ERRNO(lseek(rd, 0, SEEK_CUR), ESPIPE);
	FT_ERRNO(lseek(wr, 0, SEEK_SET), ESPIPE);
	FT_ERRNO(lseek(rd, 0, SEEK_END), ESPIPE);
	FT_ERRNO(pwrite(wr, "x", 1, 0), ESPIPE);
	FT_ERRNO(pread(rd, &c, 1, 0), ESPIPE);
}

FT_POINT(pipe)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	check(p[0], p[1]);
}

FT_POINT(fifo)
{
	FT_SYS(mkfifo("q", 0600));
	FT_FD int r = FT_SYS(open("q", O_RDONLY | O_NONBLOCK));
	FT_FD int w = FT_SYS(open("q", O_WRONLY | O_NONBLOCK));
	check(r, w);
}

FT_POINT(socket)
{
	FT_FDS int s[2] = FT_NO_FDS;
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, s));
	check(s[0], s[1]);
}

/* the pipe holds a byte, so that a call ignoring the offset would read */
FT_TABLE(pipe_read_via, offset_preads)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_NONBLOCK);
	FT_EQ(write(p[1], "x", 1), 1);
	char c;
	FT_ERRNO(row->rd(p[0], &c, 1, 0), ESPIPE);
}

FT_TABLE(pipe_write_via, offset_pwrites)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_NONBLOCK);
	FT_ERRNO(row->wr(p[1], "xy", 2, 0), ESPIPE);
	FT_EQ(ft_poll_in(p[0], 0), 0); /* nothing was written */
}
