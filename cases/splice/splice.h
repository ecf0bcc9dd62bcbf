/*
 * splice.h - helpers shared by the cases under cases/splice/ (sendfile,
 * splice, tee, copy_file_range, vmsplice).
 */
#ifndef SPLICE_H
#define SPLICE_H
#include "fdtest.h"

/* A pipe holding data (may be NULL or ""). */
static inline void sl_pipe_with(int p[2], const char *data)
{
	FT_SYS(pipe(p));
	if (data && *data)
		ft_write_all(p[1], data, strlen(data));
}

/* Whatever is in the pipe now (read end made nonblocking), NUL-ended;
   returns the byte count. */
static inline size_t sl_drain(int rd, char *buf, size_t n)
{
	int fl = ft_getfl(rd);
	FT_SYS(fcntl(rd, F_SETFL, fl | O_NONBLOCK));
	size_t got = 0;
	for (;;) {
		ssize_t r = read(rd, buf + got, n - 1 - got);
		if (r == -1 && errno == EAGAIN)
			break;
		FT_GE(r, 0);
		if (r == 0 || (got += (size_t)r) == n - 1)
			break;
	}
	buf[got] = 0;
	FT_SYS(fcntl(rd, F_SETFL, fl));
	return got;
}

/* Skip the point unless copy_file_range works here (Linux 4.5): a
   zero-length copy between two scratch files. */
static inline void sl_need_copy_file_range(void)
{
	FT_FD int a = ft_tmpfile("x", NULL);
	FT_FD int b = ft_tmpfile(NULL, NULL);
	loff_t oa = 0, ob = 0;
	FT_NEED_CALL(copy_file_range(a, &oa, b, &ob, 1, 0), "copy_file_range",
		     "Linux 4.5");
}

#endif
