/*
 * proc/fdinfo_flags_octal - the "flags:" field of /proc/self/fdinfo/N shows,
 * as an octal number with a leading 0, the access mode and status flags of
 * the open file description, plus O_CLOEXEC (02000000) when this
 * descriptor has the close-on-exec flag.
 *
 * Cites: proc(5) "/proc/pid/fdinfo/" (flags: octal, O_CLOEXEC included
 * when set; correct since Linux 3.1); open(2) DESCRIPTION.
 */
#include "proc.h"

FT_CASE("fdinfo \"flags:\" is octal and includes access mode, status flags and O_CLOEXEC",
	"proc(5) \"/proc/pid/fdinfo/\"; open(2) DESCRIPTION");
FT_NEEDS(FT_NEEDS_PROC);

static long long flags(int fd)
{
	char info[4096];
	proc_fdinfo(fd, info, sizeof info);
	const char *t = proc_field_text(info, "flags");
	FT_TRUE(t != NULL);
	FT_EQ(t[0], '0'); /* octal notation */
	return proc_field(info, "flags", 8);
}

FT_POINT(access_modes)
{
	FT_SYS(close(FT_SYS(open("probe", O_WRONLY | O_CREAT, 0600))));
	FT_FD int r = FT_SYS(open("probe", O_RDONLY));
	FT_FD int w = FT_SYS(open("probe", O_WRONLY));
	FT_FD int rw = FT_SYS(open("probe", O_RDWR));
	FT_EQ(flags(r) & O_ACCMODE, O_RDONLY);
	FT_EQ(flags(w) & O_ACCMODE, O_WRONLY);
	FT_EQ(flags(rw) & O_ACCMODE, O_RDWR);
}

FT_POINT(cloexec_shown)
{
	FT_FD int a = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_FD int b = FT_SYS(open(".", O_RDONLY | O_DIRECTORY));
	FT_EQ(flags(a) & 02000000, 02000000);
	FT_EQ(flags(b) & 02000000, 0);
	FT_EQ(flags(a) & O_DIRECTORY, O_DIRECTORY);
}

FT_POINT(status_flags_shown)
{
	FT_FD int fd = FT_SYS(open("f", O_WRONLY | O_CREAT | O_APPEND | O_NONBLOCK, 0600));
	long long f = flags(fd);
	FT_EQ(f & O_APPEND, O_APPEND);
	FT_EQ(f & O_NONBLOCK, O_NONBLOCK);
	FT_EQ(f & O_ACCMODE, O_WRONLY);
}
