/*
 * offset/lseek_unseekable_espipe - pipes, FIFOs and sockets have no file
 * offset: lseek() on them fails with ESPIPE, and so do pread() and
 * pwrite(), which need a seekable file.
 *
 * Cites: lseek(2) ERRORS (ESPIPE: pipe, socket, or FIFO); pread(2)
 * DESCRIPTION (the file must be capable of seeking) and ERRORS; POSIX
 * lseek(3p).
 */
#include "fdtest.h"
#include <sys/socket.h>

FT_CASE("lseek, pread and pwrite on pipes, FIFOs and sockets fail with ESPIPE",
	"lseek(2) ERRORS; pread(2) DESCRIPTION and ERRORS; POSIX lseek(3p)");

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
