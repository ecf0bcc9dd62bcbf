/*
 * pipe/setpipe_sz_below_data_ebusy - F_SETPIPE_SZ to a capacity smaller than
 * the data queued in the pipe fails with EBUSY and changes nothing: the
 * capacity and the data stay as they were.  A capacity that still holds
 * the data is accepted.
 */
#include "pipe.h"

FT_CASE("F_SETPIPE_SZ below the queued data fails with EBUSY",
	"fcntl(2) \"Changing the capacity of a pipe\", ERRORS EBUSY");

/* A pipe holding three pages of data (one write), bytes numbered. */
static char *three_pages(int p[2], long *len)
{
	long page = sysconf(_SC_PAGESIZE);
	char *data = malloc((size_t)(3 * page));
	FT_TRUE(data != NULL);
	for (long i = 0; i < 3 * page; i++)
		data[i] = (char)(i * 7 + i / 251);
	pp_pipe(p, 0);
	ft_write_all(p[1], data, (size_t)(3 * page));
	*len = 3 * page;
	return data;
}

FT_POINT(shrink_below_data_ebusy)
{
	FT_FDS int p[2] = FT_NO_FDS;
	long len, page = sysconf(_SC_PAGESIZE);
	char *data = three_pages(p, &len);
	int cap = FT_SYS(fcntl(p[1], F_GETPIPE_SZ));
	FT_ERRNO(fcntl(p[1], F_SETPIPE_SZ, (int)page), EBUSY);
	FT_ERRNO(fcntl(p[0], F_SETPIPE_SZ, (int)(2 * page)), EBUSY);
	FT_EQ(fcntl(p[1], F_GETPIPE_SZ), cap);
	char *back = malloc((size_t)len);
	FT_TRUE(back != NULL);
	ft_close(&p[1]);
	FT_EQ(ft_read_all(p[0], back, (size_t)len), len);
	FT_MEMEQ(back, data, (size_t)len);
	free(back);
	free(data);
}

FT_POINT(shrink_above_data_ok)
{
	FT_FDS int p[2] = FT_NO_FDS;
	long len, page = sysconf(_SC_PAGESIZE);
	char *data = three_pages(p, &len);
	FT_EQ(fcntl(p[1], F_SETPIPE_SZ, (int)(4 * page)), 4 * page);
	FT_EQ(pp_queued(p[0]), len);
	free(data);
}
