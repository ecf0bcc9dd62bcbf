/*
 * exec/execveat_script_dev_fd_name - a "#!" script run through execveat
 * gets the name the kernel makes for it: "/dev/fd/N" with AT_EMPTY_PATH,
 * "/dev/fd/N/P" for dirfd N and relative path P, and the path as given
 * with AT_FDCWD; the descriptor (not close-on-exec) stays open for the
 * interpreter, also when it is an O_PATH descriptor.
 */
#include "image.h"

FT_CASE("a script run by execveat is named /dev/fd/N or /dev/fd/N/P",
	"execveat(2) NOTES, BUGS (Linux 3.19); execve(2) \"Interpreter scripts\"");

static const char *name_out(void)
{
	static char buf[FT_PATH_MAX];
	ft_read_file("name.out", buf, sizeof buf);
	FT_SYS(unlink("name.out"));
	return buf;
}

/* The script opened with open_flags and run by descriptor is named
   /dev/fd/N. */
static void runs_as_dev_fd_n(int open_flags)
{
	ex_script("s.sh");
	FT_FD int fd = FT_SYS(open("s.sh", open_flags));
	ex_need_dev_fd(fd);
	char want[32];
	snprintf(want, sizeof want, "/dev/fd/%d", fd);
	FT_EQ(ex_run_at(fd, "", AT_EMPTY_PATH), EX_RAN);
	FT_STREQ(name_out(), want);
}

FT_POINT(empty_path_dev_fd_n)
{
	runs_as_dev_fd_n(O_RDONLY);
}

FT_POINT(opath_dev_fd_n)
{
	runs_as_dev_fd_n(O_PATH);
}

FT_POINT(dirfd_dev_fd_n_p)
{
	FT_SYS(mkdir("d", 0700));
	ex_script("d/s.sh");
	FT_FD int d = FT_SYS(open("d", O_RDONLY | O_DIRECTORY));
	ex_need_dev_fd(d);
	char want[48];
	snprintf(want, sizeof want, "/dev/fd/%d/s.sh", d);
	FT_EQ(ex_run_at(d, "s.sh", 0), EX_RAN);
	FT_STREQ(name_out(), want);
}

FT_POINT(at_fdcwd_path_as_given)
{
	ex_script("s.sh");
	FT_EQ(ex_run_at(AT_FDCWD, "./s.sh", 0), EX_RAN);
	FT_STREQ(name_out(), "./s.sh");
}
