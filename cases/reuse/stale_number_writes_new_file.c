/*
 * reuse/stale_number_writes_new_file - the double-close hazard: code that
 * keeps using a number after closing it is not stopped once the number
 * has been reused; its writes land in whatever file now has the number,
 * and a second close() closes that other file's descriptor, out from
 * under its new owner.
 *
 * Cites: close(2) DESCRIPTION (the number may be reused) and NOTES
 * "Dealing with error returns from close()" (retrying close may close a
 * descriptor reused elsewhere) and "Multithreaded processes and close()".
 */
#include "fdtest.h"

FT_CASE("a stale number used after close and reuse hits the new file",
	"close(2) DESCRIPTION, NOTES \"Dealing with error returns from close()\", \"Multithreaded processes and close()\"");

FT_POINT(stale_write_lands_in_new_file)
{
	char pa[FT_PATH_MAX], buf[32];
	int log = ft_tmpfile(NULL, pa); /* component A's log */
	FT_FD int hold = FT_SYS(open("/dev/null", O_RDONLY));
	FT_SYS(close(log));             /* A closes it (a bug) ... */
	/* ... and B opens its data file */
	FT_FD int data = FT_SYS(open("b", O_RDWR | O_CREAT | O_EXCL, 0600));
	FT_EQ(data, log);
	FT_EQ(write(log, "log line", 8), 8); /* A still writes "its" log */
	FT_EQ(ft_read_file("b", buf, sizeof buf), 8);
	FT_STREQ(buf, "log line");
	FT_EQ(ft_read_file(pa, buf, sizeof buf), 0);
}

FT_POINT(second_close_closes_other_file)
{
	int a = FT_SYS(open("/dev/null", O_WRONLY));
	FT_FD int hold = FT_SYS(open("/dev/null", O_RDONLY));
	FT_SYS(close(a));
	int p[2];
	FT_SYS(pipe(p)); /* the new owner of the number */
	int mine = p[0] == a ? p[0] : p[1];
	FT_EQ(mine, a);
	FT_EQ(close(a), 0); /* the stale second close succeeds ... */
	FT_FALSE(ft_is_open(mine)); /* ... and the pipe end is gone */
	close(p[0] == a ? p[1] : p[0]);
}
