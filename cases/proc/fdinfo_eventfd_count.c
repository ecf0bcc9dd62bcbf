/*
 * proc/fdinfo_eventfd_count - /proc/self/fdinfo/N of an eventfd has an
 * "eventfd-count:" field (Linux 3.8) holding the counter's current value
 * in hexadecimal: the initial value, the sum after writes, zero after a
 * read.
 *
 * Cites: proc(5) "/proc/pid/fdinfo/" (eventfd-count, hexadecimal, since
 * Linux 3.8); eventfd(2) DESCRIPTION.
 */
#include "proc.h"
#include <sys/eventfd.h>

FT_CASE("fdinfo of an eventfd shows its counter as \"eventfd-count:\" in hex",
	"proc(5) \"/proc/pid/fdinfo/\"; eventfd(2) DESCRIPTION");
FT_NEEDS(FT_NEEDS_PROC);

static long long count(int fd)
{
	char info[4096];
	proc_fdinfo(fd, info, sizeof info);
	return proc_field(info, "eventfd-count", 16);
}

FT_POINT(initial_value)
{
	int fd = FT_SYS(eventfd(26, EFD_CLOEXEC)); /* 0x1a: hex matters */
	FT_EQ(count(fd), 26);
	close(fd);
}

FT_POINT(follows_write_and_read)
{
	FT_FD int fd = FT_SYS(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
	FT_EQ(count(fd), 0);
	uint64_t v = 0xabc;
	FT_EQ(write(fd, &v, sizeof v), 8);
	v = 0x100000000ULL;
	FT_EQ(write(fd, &v, sizeof v), 8);
	FT_EQ(count(fd), 0x100000abcLL);
	FT_EQ(read(fd, &v, sizeof v), 8);
	FT_EQ(count(fd), 0);
}
