/*
 * pipe/pipe_buf_writes_atomic - writes of PIPE_BUF bytes or fewer to a pipe
 * are atomic: when several processes write such records at once, every
 * record arrives as one contiguous run, never interleaved with another
 * writer's data.  (On Linux PIPE_BUF is 4096.)
 */
#include "pipe.h"

FT_CASE("concurrent writes of PIPE_BUF bytes to a pipe are not interleaved",
	"pipe(7) \"PIPE_BUF\"; POSIX write(3p)");

#define WRITERS 4
#define RECORDS 32

/* Each of WRITERS children writes RECORDS records of len bytes, all equal
   to its own letter; the reader checks every record is one letter. */
static void run(size_t len)
{
	static char all[WRITERS * RECORDS * PIPE_BUF + 1];
	FT_FDS int p[2] = FT_NO_FDS, go[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	pp_pipe(go, 0);
	pid_t pid[WRITERS];
	for (int i = 0; i < WRITERS; i++) {
		pid[i] = ft_fork();
		if (pid[i] == 0) {
			char rec[PIPE_BUF], c;
			ft_close(&p[0]);
			ft_close(&go[1]);
			memset(rec, 'A' + i, len);
			FT_SYS(read(go[0], &c, 1)); /* start together */
			for (int r = 0; r < RECORDS; r++)
				FT_EQ(write(p[1], rec, len), len);
			_exit(0);
		}
	}
	ft_close(&p[1]);
	ft_close(&go[0]);
	ft_close(&go[1]);
	size_t n = ft_read_all(p[0], all, sizeof all);
	for (int i = 0; i < WRITERS; i++)
		FT_CHILD_OK(pid[i]);
	ft_close(&p[0]);
	FT_EQ(n, WRITERS * RECORDS * len);
	int count[WRITERS] = { 0 };
	for (size_t off = 0; off < n; off += len) {
		char c = all[off];
		FT_TRUE(c >= 'A' && c < 'A' + WRITERS);
		for (size_t k = 1; k < len; k++)
			if (all[off + k] != c)
				FT_FAIL("record at offset %zu interleaved: byte %zu "
					"is '%c', the record started with '%c'",
					off, k, all[off + k], c);
		count[c - 'A']++;
	}
	for (int i = 0; i < WRITERS; i++)
		FT_EQ(count[i], RECORDS);
}

FT_POINT(pipe_buf_records_whole)
{
	FT_EQ(PIPE_BUF, 4096); /* pipe(7): on Linux PIPE_BUF is 4096 bytes */
	run(PIPE_BUF);
}

FT_POINT(small_records_whole)
{
	run(1000);
}
