/*
 * dup/dup3_unknown_flags_einval - dup3() accepts only O_CLOEXEC in flags;
 * any other bit (even a valid open() flag such as O_NONBLOCK) is EINVAL,
 * and the call then neither creates newfd nor touches an open newfd.
 *
 * Cites: dup(2) DESCRIPTION "dup3()"; dup(2) ERRORS (flags contain an
 * invalid value); dup3() since Linux 2.6.27.
 */
#include "fdtest.h"

FT_CASE("dup3 with flags other than O_CLOEXEC fails with EINVAL",
	"dup(2) DESCRIPTION \"dup3()\"; dup(2) ERRORS");

FT_POINT(o_nonblock_refused)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	int n = ft_lowest_free();
	FT_ERRNO(dup3(fd, n, O_NONBLOCK), EINVAL);
	FT_FALSE(ft_is_open(n));
}

FT_POINT(high_bit_refused)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	int n = ft_lowest_free();
	FT_ERRNO(dup3(fd, n, O_CLOEXEC | 0x40000000), EINVAL);
	FT_FALSE(ft_is_open(n));
}

FT_POINT(open_newfd_untouched)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_FD int n = ft_tmpfile("xyz", NULL);
	FT_ERRNO(dup3(fd, n, O_APPEND), EINVAL);
	char c;
	FT_EQ(read(n, &c, 1), 1);
	FT_EQ(c, 'x');
}
