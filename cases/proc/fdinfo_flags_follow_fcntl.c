/*
 * proc/fdinfo_flags_follow_fcntl - fdinfo's "flags:" is read at the time of
 * the read: F_SETFL changes to O_APPEND and O_NONBLOCK appear and disappear
 * in it (for every dup of the description), and F_SETFD's FD_CLOEXEC shows
 * as O_CLOEXEC for that one descriptor only.
 *
 * Cites: proc(5) "/proc/pid/fdinfo/" (flags show the current close-on-exec
 * setting since Linux 3.1); fcntl(2) "File descriptor flags", "File status
 * flags".
 */
#include "proc.h"

FT_CASE("fdinfo \"flags:\" follows F_SETFL and F_SETFD changes",
	"proc(5) \"/proc/pid/fdinfo/\"; fcntl(2) \"File descriptor flags\", \"File status flags\"");
FT_NEEDS(FT_NEEDS_PROC);

static long long flags(int fd)
{
	char info[4096];
	proc_fdinfo(fd, info, sizeof info);
	return proc_field(info, "flags", 8);
}

FT_POINT(setfl_status_flags)
{
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_FD int d = FT_SYS(dup(fd));
	FT_EQ(flags(fd) & (O_APPEND | O_NONBLOCK), 0);
	FT_SYS(fcntl(fd, F_SETFL, O_APPEND | O_NONBLOCK));
	FT_EQ(flags(fd) & (O_APPEND | O_NONBLOCK), O_APPEND | O_NONBLOCK);
	FT_EQ(flags(d) & (O_APPEND | O_NONBLOCK), O_APPEND | O_NONBLOCK);
	FT_SYS(fcntl(d, F_SETFL, O_NONBLOCK));
	FT_EQ(flags(fd) & (O_APPEND | O_NONBLOCK), O_NONBLOCK);
}

FT_POINT(setfd_cloexec)
{
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_FD int d = FT_SYS(dup(fd));
	FT_EQ(flags(fd) & 02000000, 0);
	FT_SYS(fcntl(fd, F_SETFD, FD_CLOEXEC));
	FT_EQ(flags(fd) & 02000000, 02000000);
	FT_EQ(flags(d) & 02000000, 0);
	FT_SYS(fcntl(fd, F_SETFD, 0));
	FT_EQ(flags(fd) & 02000000, 0);
}
