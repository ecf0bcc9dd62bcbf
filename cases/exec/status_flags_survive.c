/*
 * exec/status_flags_survive - the file status flags and access mode of a
 * descriptor kept across execve are unchanged in the new image: O_APPEND,
 * O_NONBLOCK (set at open or later with F_SETFL), O_WRONLY and O_RDWR.
 */
#include "exec.h"

FT_CASE("file status flags survive execve",
	"execve(2) \"Effect on process attributes\"; fcntl(2) \"File status flags\"; open(2) NOTES \"Open file descriptions\"");

FT_POINT(append_and_access_mode)
{
	struct ft_probe p;
	const struct ft_probe_fd *kept;
	FT_FD int a = FT_SYS(open("f", O_WRONLY | O_CREAT | O_APPEND, 0600));
	FT_FD int rw = FT_SYS(open("f", O_RDWR));
	ft_exec_probe(&p, NULL, NULL);
	kept = EX_KEPT(&p, a);
	int fl = kept->flflags;
	FT_EQ(fl & O_ACCMODE, O_WRONLY);
	FT_FLAG_SET(fl, O_APPEND);
	kept = EX_KEPT(&p, rw);
	fl = kept->flflags;
	FT_EQ(fl & O_ACCMODE, O_RDWR);
	FT_FLAG_CLEAR(fl, O_APPEND);
}

FT_POINT(nonblock_set_with_setfl)
{
	struct ft_probe p;
	const struct ft_probe_fd *kept;
	FT_FDS int pp[2] = FT_NO_FDS;
	ft_pipe(pp, 0);
	FT_SYS(fcntl(pp[0], F_SETFL, O_NONBLOCK));
	ft_exec_probe(&p, NULL, NULL);
	kept = EX_KEPT(&p, pp[0]);
	FT_FLAG_SET(kept->flflags, O_NONBLOCK);
	kept = EX_KEPT(&p, pp[1]);
	FT_FLAG_CLEAR(kept->flflags, O_NONBLOCK);
}

FT_POINT(nonblock_file)
{
	struct ft_probe p;
	const struct ft_probe_fd *kept;
	FT_FD int fd = FT_SYS(open("g", O_RDWR | O_CREAT | O_NONBLOCK, 0600));
	ft_exec_probe(&p, NULL, NULL);
	kept = EX_KEPT(&p, fd);
	FT_FLAG_SET(kept->flflags, O_NONBLOCK);
}
