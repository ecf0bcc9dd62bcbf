/*
 * splice/vmsplice_user_memory - vmsplice on the write end of a pipe puts
 * the bytes of the given user memory ranges into the pipe, in order, where
 * read(2) finds them; on the read end it fills user memory from the pipe,
 * consuming the data; a descriptor that is not a pipe is EBADF.
 *
 * Cites: vmsplice(2) DESCRIPTION, RETURN VALUE, ERRORS (EBADF), NOTES.
 */
#include "splice.h"
#include <sys/uio.h>

FT_CASE("vmsplice moves user memory into a pipe, and pipe data into user memory",
	"vmsplice(2) DESCRIPTION; RETURN VALUE; ERRORS");

FT_POINT(memory_into_pipe)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	static char a[] = "hello, ", b[] = "pipe";
	struct iovec iov[2] = { { a, 7 }, { b, 4 } };
	FT_NEED_CALL(vmsplice(p[1], iov, 2, 0), "vmsplice", "Linux 2.6.17");
	char buf[16];
	FT_EQ(sl_drain(p[0], buf, sizeof buf), 11);
	FT_STREQ(buf, "hello, pipe");
}

FT_POINT(pipe_into_memory)
{
	FT_FDS int p[2] = FT_NO_FDS;
	sl_pipe_with(p, "from the pipe");
	char buf[16] = "";
	struct iovec iov = { buf, 4 };
	FT_EQ(FT_NEED_CALL(vmsplice(p[0], &iov, 1, 0), "vmsplice", "Linux 2.6.17"), 4);
	FT_MEMEQ(buf, "from", 4);
	char rest[16];
	FT_EQ(sl_drain(p[0], rest, sizeof rest), 9); /* the 4 were consumed */
	FT_STREQ(rest, " the pipe");
}

FT_POINT(not_a_pipe_ebadf)
{
	int fd = ft_tmpfile(NULL, NULL);
	char x[] = "x";
	struct iovec iov = { x, 1 };
	errno = 0;
	long r = vmsplice(fd, &iov, 1, 0);
	int e = errno;
	if (r == -1 && e == ENOSYS) {
		close(fd);
		FT_NEED_CALL((errno = ENOSYS, -1), "vmsplice", "Linux 2.6.17");
	}
	FT_EQ(r, -1);
	FT_EQ(e, EBADF);
	close(fd);
}
