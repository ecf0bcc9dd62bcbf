/*
 * scm_rights/survives_sender_close - a descriptor in flight (sent, not yet
 * received) holds its own reference to the open file description: the
 * sender may close its descriptor, and unlink the file, before the
 * receiver calls recvmsg(), and the receiver still gets a working
 * descriptor for the same file.  While in flight the reference keeps the
 * file open, e.g. a pipe's write end in flight means no EOF for readers.
 * The rule holds for every type of descriptor passed.
 */
#include "scm_rights.h"

FT_CASE("a descriptor in flight keeps its file open after the sender closes it",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; open(2) NOTES \"Open file descriptions\"; pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(file_readable_after_close_and_unlink)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	char path[FT_PATH_MAX];
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_FD int fd = ft_tmpfile("still here", path);
	SCM_SEND1(sv[0], fd);
	ft_close(&fd);
	FT_SYS(unlink(path));
	FT_FD int r = scm_recv1(sv[1]);
	char buf[16] = "";
	FT_EQ(read(r, buf, sizeof buf), 10);
	FT_MEMEQ(buf, "still here", 10);
}

FT_POINT(write_end_in_flight_delays_eof)
{
	FT_FDS int sv[2] = FT_NO_FDS, p[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	ft_pipe(p, 0);
	SCM_SEND1(sv[0], p[1]);
	ft_close(&p[1]);
	/* the only write end is in the socket's queue: no EOF yet */
	FT_EQ(ft_poll_in(p[0], 0), 0);
	FT_FD int w = scm_recv1(sv[1]);
	FT_EQ(write(w, "z", 1), 1);
	char c;
	FT_EQ(read(p[0], &c, 1), 1);
	FT_EQ(c, 'z');
	ft_close(&w);
	FT_EQ(read(p[0], &c, 1), 0);
}

/* Every type of descriptor: closed by the sender while in flight, it
   arrives as the same object (device, inode and file type). */
FT_TABLE(kind, ft_fd_kinds)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_FD int sent = row->open();
	struct stat before, after;
	FT_SYS(fstat(sent, &before));
	SCM_SEND1(sv[0], sent);
	ft_close(&sent);
	FT_FD int got = scm_recv1(sv[1]);
	FT_SYS(fstat(got, &after));
	FT_EQ(after.st_dev, before.st_dev);
	FT_EQ(after.st_ino, before.st_ino);
	FT_EQ(after.st_mode & S_IFMT, before.st_mode & S_IFMT);
}
