/*
 * exec/execveat_empty_path_fd - execveat(fd, "", AT_EMPTY_PATH) runs the
 * program fd refers to, whatever name or directory it came from: an
 * O_RDONLY descriptor, an O_PATH one, close-on-exec or not, one whose name
 * was unlinked, and from another cwd.  Without AT_EMPTY_PATH the empty
 * path is ENOENT.
 */
#include "image.h"

FT_CASE("execveat(fd, \"\", AT_EMPTY_PATH) runs the file fd refers to",
	"execveat(2) DESCRIPTION (AT_EMPTY_PATH; Linux 3.19); execve(2) ERRORS; open(2) O_PATH");

static const struct {
	const char *name;
	int flags;
} opens[] = {
	{ "O_RDONLY", O_RDONLY },
	{ "O_RDONLY|O_CLOEXEC", O_RDONLY | O_CLOEXEC },
	{ "O_PATH", O_PATH },
	{ "O_PATH|O_CLOEXEC", O_PATH | O_CLOEXEC },
};

FT_POINT(each_open_mode_runs)
{
	ex_copy_self("prog");
	for (size_t i = 0; i < sizeof opens / sizeof *opens; i++) {
		ft_note("open(\"prog\", %s)", opens[i].name);
		int fd = FT_SYS(open("prog", opens[i].flags));
		FT_EQ(ex_run_at(fd, "", AT_EMPTY_PATH), EX_RAN);
		close(fd);
	}
}

FT_POINT(unlinked_name_runs)
{
	ex_copy_self("prog");
	FT_FD int fd = FT_SYS(open("prog", O_PATH | O_CLOEXEC));
	FT_SYS(unlink("prog"));
	FT_EQ(ex_run_at(fd, "", AT_EMPTY_PATH), EX_RAN);
}

FT_POINT(other_cwd_runs)
{
	FT_SYS(mkdir("d", 0700));
	FT_SYS(mkdir("e", 0700));
	ex_copy_self("d/prog");
	FT_FD int fd = FT_SYS(open("d/prog", O_RDONLY | O_CLOEXEC));
	FT_SYS(chdir("e"));
	FT_EQ(ex_run_at(fd, "", AT_EMPTY_PATH), EX_RAN);
	FT_SYS(chdir(".."));
}

FT_POINT(empty_without_flag_enoent)
{
	ex_copy_self("prog");
	FT_FD int fd = FT_SYS(open("prog", O_RDONLY | O_CLOEXEC));
	FT_ERRNO(ex_run_at(fd, "", 0), ENOENT);
}
