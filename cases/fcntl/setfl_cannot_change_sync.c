/*
 * fcntl/setfl_cannot_change_sync - O_SYNC and O_DSYNC are status flags
 * that only open() can set: F_SETFL silently ignores attempts to set or
 * clear them (no error), and F_GETFL keeps reporting the open() state.
 *
 * Cites: fcntl(2) "File status flags" and BUGS "F_SETFL" (changes to
 * O_DSYNC and O_SYNC are silently ignored); open(2) O_SYNC, O_DSYNC.
 */
#include "fdtest.h"

FT_CASE("F_SETFL silently ignores O_SYNC and O_DSYNC",
	"fcntl(2) \"File status flags\" and BUGS \"F_SETFL\"; open(2) O_SYNC, O_DSYNC");

FT_POINT(cannot_clear_o_sync)
{
	FT_FD int fd = FT_SYS(open("f", O_WRONLY | O_CREAT | O_SYNC, 0600));
	FT_FLAG_SET(ft_getfl(fd), O_SYNC);
	FT_EQ(fcntl(fd, F_SETFL, 0), 0);
	FT_FLAG_SET(ft_getfl(fd), O_SYNC);
}

FT_POINT(cannot_set_o_dsync)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	int fl = ft_getfl(fd);
	FT_FLAG_CLEAR(fl, O_DSYNC);
	FT_EQ(fcntl(fd, F_SETFL, fl | O_DSYNC | O_APPEND), 0);
	fl = ft_getfl(fd);
	FT_FLAG_CLEAR(fl, O_DSYNC);
	FT_FLAG_SET(fl, O_APPEND);
}
