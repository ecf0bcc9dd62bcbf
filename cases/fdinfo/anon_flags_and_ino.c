/*
 * fdinfo/anon_flags_and_ino - the generic fdinfo lines hold for the
 * fanotify, userfaultfd, Landlock ruleset and memfd_secret descriptors
 * too: "flags:" (octal) has O_CLOEXEC exactly while the descriptor is
 * close-on-exec and follows O_NONBLOCK as F_SETFL changes it, and "ino:"
 * (Linux 5.14) is what fstat() reports.
 */
#include "fdinfo.h"
#include "../anon/anon.h"

FT_CASE("fdinfo flags and ino of fanotify, userfaultfd, Landlock and memfd_secret descriptors follow their state",
	"proc(5) \"/proc/pid/fdinfo/\" (flags, with O_CLOEXEC for close-on-exec; since Linux 3.1 the current setting); kernel commit 3845f256a8b5 (ino, Linux 5.14)");

static long long field(int fd, const char *key, int base)
{
	char info[4096];
	fdinfo_read(fd, info, sizeof info);
	if (!proc_field_text(info, key))
		FT_SKIP("fdinfo has no %s: field (ino: Linux 5.14)", key);
	return proc_field(info, key, base);
}

FT_TABLE(flags_follow_fcntl, anon_kinds)
{
	FT_FD int fd = row->open(ANON_CLOEXEC);
	long long fl = field(fd, "flags", 8);
	FT_FLAG_SET(fl, O_CLOEXEC);
	FT_FLAG_CLEAR(fl, O_NONBLOCK);
	FT_SYS(fcntl(fd, F_SETFD, 0));
	FT_SYS(fcntl(fd, F_SETFL, ft_getfl(fd) | O_NONBLOCK));
	fl = field(fd, "flags", 8);
	FT_FLAG_CLEAR(fl, O_CLOEXEC);
	FT_FLAG_SET(fl, O_NONBLOCK);
}

FT_TABLE(ino_is_fstat_ino, anon_kinds)
{
	struct stat st;
	FT_FD int fd = row->open(ANON_CLOEXEC);
	FT_SYS(fstat(fd, &st));
	FT_EQ(field(fd, "ino", 10), st.st_ino);
}
