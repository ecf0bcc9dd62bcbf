/*
 * dirs/o_path_empty_path - an O_PATH descriptor names a file without
 * opening it: F_GETFL shows O_PATH, read() fails with EBADF, but with
 * AT_EMPTY_PATH and an empty path fstatat() reports the file itself and
 * fchownat() changes its owner (as far as the caller may: its own IDs
 * always, another group when privileged).  Without AT_EMPTY_PATH an empty
 * path is ENOENT.
 *
 * Cites: open(2) DESCRIPTION "O_PATH" (Linux 2.6.39); stat(2)
 * "AT_EMPTY_PATH"; chown(2) "AT_EMPTY_PATH".
 */
#include "dirs.h"

FT_CASE("an O_PATH descriptor works with fstatat and fchownat through AT_EMPTY_PATH",
	"open(2) O_PATH (Linux 2.6.39); stat(2) AT_EMPTY_PATH; chown(2) AT_EMPTY_PATH");

static int open_path(void)
{
	dirs_mkfile("f", "12345");
	return FT_SYS(open("f", O_PATH));
}

FT_POINT(is_o_path_not_readable)
{
	FT_FD int fd = open_path();
	FT_FLAG_SET(ft_getfl(fd), O_PATH);
	char c;
	FT_ERRNO(read(fd, &c, 1), EBADF);
}

FT_POINT(fstatat_empty_path)
{
	FT_FD int fd = open_path();
	struct stat a, b;
	FT_SYS(fstatat(fd, "", &a, AT_EMPTY_PATH));
	FT_SYS(stat("f", &b));
	FT_EQ(a.st_ino, b.st_ino);
	FT_EQ(a.st_dev, b.st_dev);
	FT_EQ(a.st_size, 5);
}

FT_POINT(empty_path_needs_flag)
{
	FT_FD int fd = open_path();
	struct stat st;
	FT_ERRNO(fstatat(fd, "", &st, 0), ENOENT);
	FT_ERRNO(fchownat(fd, "", geteuid(), getegid(), 0), ENOENT);
}

FT_POINT(fchownat_empty_path)
{
	FT_FD int fd = open_path();
	struct stat st;
	FT_SYS(fchownat(fd, "", geteuid(), getegid(), AT_EMPTY_PATH));
	FT_SYS(stat("f", &st));
	FT_EQ(st.st_uid, geteuid());
	FT_EQ(st.st_gid, getegid());
	/* another group, where a plain fchown shows that it is permitted
	   (privileged, and the group mapped in this user namespace) */
	gid_t g = getegid() == 0 ? 1 : 0;
	int ctl = FT_SYS(open("ctl", O_WRONLY | O_CREAT | O_EXCL, 0600));
	int permitted = fchown(ctl, (uid_t)-1, g) == 0;
	close(ctl);
	if (permitted) {
		FT_SYS(fchownat(fd, "", (uid_t)-1, g, AT_EMPTY_PATH));
		FT_SYS(stat("f", &st));
		FT_EQ(st.st_gid, g);
	} else {
		ft_note("changing the group to %d is not permitted here; only "
			"the caller's own IDs were set", (int)g);
	}
}
