/*
 * exec/offset_survives - a descriptor kept across execve still refers to
 * the same open file description, so the new image finds the file offset
 * where the old one left it, and moves it for the caller's other
 * descriptors on that description.
 */
#include "exec.h"

FT_CASE("the file offset survives execve",
	"execve(2) \"Effect on process attributes\"; open(2) NOTES \"Open file descriptions\"; POSIX exec(3p)");

FT_POINT(offset_kept)
{
	struct ft_probe p;
	const struct ft_probe_fd *kept;
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	FT_EQ(lseek(fd, 7, SEEK_SET), 7);
	ft_exec_probe(&p, NULL, NULL);
	kept = EX_KEPT(&p, fd);
	FT_EQ(kept->offset, 7);
}

static void read_two(void *fd)
{
	char buf[2];
	FT_EQ(read(*(int *)fd, buf, 2), 2);
}

FT_POINT(offset_moved_in_child_is_seen)
{
	struct ft_probe p;
	const struct ft_probe_fd *kept;
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	FT_EQ(lseek(fd, 3, SEEK_SET), 3);
	ft_exec_probe(&p, read_two, &fd);
	kept = EX_KEPT(&p, fd);
	FT_EQ(kept->offset, 5);
	FT_EQ(ft_offset(fd), 5); /* one description, shared with us */
}
