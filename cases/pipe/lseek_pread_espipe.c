/*
 * pipe/lseek_pread_espipe - a pipe has no file offset: lseek() on either
 * end fails with ESPIPE, and so do pread() and pwrite(), which need a
 * seekable file; the queued data is left untouched.
 */
#include "pipe.h"

FT_CASE("lseek, pread and pwrite on a pipe fail with ESPIPE",
	"pipe(7) \"I/O on pipes and FIFOs\"; lseek(2) ESPIPE; pread(2)");

FT_POINT(lseek_espipe_both_ends)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_ERRNO(lseek(p[0], 0, SEEK_CUR), ESPIPE);
	FT_ERRNO(lseek(p[1], 0, SEEK_CUR), ESPIPE);
	FT_ERRNO(lseek(p[0], 0, SEEK_SET), ESPIPE);
	FT_ERRNO(lseek(p[1], 0, SEEK_END), ESPIPE);
}

FT_POINT(pread_espipe)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_write_all(p[1], "abc", 3);
	char buf[4];
	FT_ERRNO(pread(p[0], buf, sizeof buf, 0), ESPIPE);
	FT_EQ(pp_queued(p[0]), 3); /* nothing consumed */
}

FT_POINT(pwrite_espipe)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_ERRNO(pwrite(p[1], "abc", 3, 0), ESPIPE);
	FT_EQ(pp_queued(p[0]), 0); /* nothing queued */
}
