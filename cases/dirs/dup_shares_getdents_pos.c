/*
 * dirs/dup_shares_getdents_pos - the position reached by reading a
 * directory belongs to the open file description, like a file offset:
 * descriptors made by dup() (or inherited across fork) continue where the
 * other left off and see the end too, an lseek() rewind through one is seen
 * by the other, while a separate open() of the directory starts afresh.
 *
 * Cites: open(2) NOTES "Open file descriptions"; dup(2) DESCRIPTION;
 * getdents(2) DESCRIPTION and RETURN VALUE; POSIX dup(3p).
 */
#include "dirs.h"

FT_CASE("dup'd directory descriptors share one getdents position",
	"open(2) NOTES \"Open file descriptions\"; dup(2) DESCRIPTION; getdents(2); POSIX dup(3p)");

#define NFILES 40

static int setup(void)
{
	char name[32];
	FT_SYS(mkdir("d", 0700));
	for (int i = 0; i < NFILES; i++) {
		snprintf(name, sizeof name, "d/entry-%02d", i);
		dirs_mkfile(name, "");
	}
	return dirs_open("d");
}

/* Entries returned by one getdents64 call (-1: none, at the end). */
static int count(int fd, size_t bufsz)
{
	static char buf[32768];
	long r = FT_SYS(getdents64(fd, (void *)buf, bufsz));
	int n = 0;
	for (long off = 0; off < r; n++)
		off += ((struct dirent64 *)(buf + off))->d_reclen;
	return n;
}

static int count_rest(int fd)
{
	int n = 0, k;
	while ((k = count(fd, 32768)) > 0)
		n += k;
	return n;
}

FT_POINT(dup_continues)
{
	FT_FD int dfd = setup();
	FT_FD int d = FT_SYS(dup(dfd));
	int first = count(dfd, 256);
	FT_GT(first, 0);
	FT_LT(first, NFILES);
	FT_EQ(count_rest(d), NFILES + 2 - first);
	FT_EQ(count(dfd, 32768), 0);
}

FT_POINT(rewind_seen_by_dup)
{
	FT_FD int dfd = setup();
	FT_FD int d = FT_SYS(dup(dfd));
	FT_EQ(count_rest(dfd), NFILES + 2);
	FT_EQ(lseek(d, 0, SEEK_SET), 0);
	FT_EQ(count_rest(dfd), NFILES + 2);
}

FT_POINT(separate_open_independent)
{
	FT_FD int dfd = setup();
	FT_EQ(count_rest(dfd), NFILES + 2);
	FT_FD int o = dirs_open("d");
	FT_EQ(count_rest(o), NFILES + 2);
}

FT_POINT(fork_child_shares)
{
	FT_FD int dfd = setup();
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(count_rest(dfd), NFILES + 2);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(count(dfd, 32768), 0);
}
