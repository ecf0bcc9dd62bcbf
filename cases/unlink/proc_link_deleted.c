/*
 * unlink/proc_link_deleted - the /proc/self/fd/N link of an open file names
 * the file's path; once that name is unlinked the link shows the old path
 * with " (deleted)" appended, for every descriptor on the file.  The same
 * marker is what proc(5) documents for /proc/pid/exe and the maps files.
 *
 * Cites: proc(5) "/proc/pid/fd/" and "/proc/pid/exe" (the " (deleted)"
 * suffix); unlink(2) DESCRIPTION.
 */
#include "unlink.h"

FT_CASE("the /proc/self/fd link of an unlinked open file ends in \" (deleted)\"",
	"proc(5) \"/proc/pid/fd/\", \"/proc/pid/exe\"; unlink(2) DESCRIPTION");

static void expected_path(char *out, size_t n, const char *name, const char *suffix)
{
	char cwd[FT_PATH_MAX];
	FT_TRUE(getcwd(cwd, sizeof cwd) != NULL);
	snprintf(out, n, "%s/%s%s", cwd, name, suffix);
}

FT_POINT(path_then_deleted)
{
	unlink_need_proc();
	char want[FT_PATH_MAX + 32], got[FT_PATH_MAX + 32];
	FT_FD int fd = unlink_mkfile("f", "x");
	expected_path(want, sizeof want, "f", "");
	ft_readlink_fd(fd, got, sizeof got);
	FT_STREQ(got, want);
	FT_SYS(unlink("f"));
	expected_path(want, sizeof want, "f", " (deleted)");
	ft_readlink_fd(fd, got, sizeof got);
	FT_STREQ(got, want);
}

FT_POINT(every_fd_shows_deleted)
{
	unlink_need_proc();
	char got[FT_PATH_MAX + 32];
	FT_FD int fd = unlink_mkfile("f", "x");
	FT_FD int d = FT_SYS(dup(fd));
	FT_FD int o = FT_SYS(open("f", O_RDONLY));
	FT_SYS(unlink("f"));
	ft_readlink_fd(d, got, sizeof got);
	FT_STRENDS(got, "/f (deleted)");
	ft_readlink_fd(o, got, sizeof got);
	FT_STRENDS(got, "/f (deleted)");
}

FT_POINT(not_deleted_while_a_name_remains)
{
	unlink_need_proc();
	char got[FT_PATH_MAX + 32];
	FT_FD int fd = unlink_mkfile("f", "x");
	ft_readlink_fd(fd, got, sizeof got);
	FT_STRENDS(got, "/f");
}
