/*
 * fdinfo/inotify_watch_lines - /proc/self/fdinfo/N of an inotify
 * descriptor (Linux 3.8) has one "inotify" line per watch, giving its
 * watch descriptor (wd), the watched inode (ino, hex), its device (sdev,
 * hex, in the kernel's own encoding, which st_dev need not match: compared
 * only between two watches on one filesystem) and the event mask (mask,
 * hex).  The kernel prints wd in hex and proc(5) calls it decimal: the
 * points keep to watch descriptors below 10, where the two agree.  IN_MASK_ADD widens the mask on the same line, a new path
 * adds a line, inotify_rm_watch removes one.
 */
#include "fdinfo.h"
#include <sys/inotify.h>

FT_CASE("fdinfo of an inotify descriptor shows each watch's wd, ino, sdev and mask",
	"proc(5) \"/proc/pid/fdinfo/\" (inotify wd, ino, sdev, mask; since Linux 3.8); inotify(7); inotify_add_watch(2) (IN_MASK_ADD); inotify_rm_watch(2)");

struct watch_line {
	unsigned long long wd, ino, sdev, mask;
};

static int watches(int fd, struct watch_line *w, int max)
{
	char info[8192], lines[8][256];
	fdinfo_read(fd, info, sizeof info);
	int n = fdinfo_lines(info, "inotify ", lines, 8);
	for (int i = 0; i < n && i < max; i++) {
		w[i].wd = fdinfo_hex(lines[i], "wd"); /* few watches: 1 digit */
		w[i].ino = fdinfo_hex(lines[i], "ino");
		w[i].sdev = fdinfo_hex(lines[i], "sdev");
		w[i].mask = fdinfo_hex(lines[i], "mask");
	}
	return n;
}

static const struct watch_line *find(const struct watch_line *w, int n, int wd)
{
	for (int i = 0; i < n; i++)
		if (w[i].wd == (unsigned long long)wd)
			return &w[i];
	FT_FAIL("no inotify line for wd %d", wd);
}

FT_POINT(line_describes_watch)
{
	FT_FD int fd = FT_SYS(inotify_init1(IN_CLOEXEC));
	FT_FD int f = ft_tmpfile("x", NULL);
	struct stat st;
	FT_SYS(stat(".", &st));
	int wd = FT_SYS(inotify_add_watch(fd, ".", IN_CREATE | IN_MODIFY));
	struct watch_line w[4];
	FT_EQ(watches(fd, w, 4), 1);
	FT_EQ(w[0].wd, wd);
	FT_EQ(w[0].ino, st.st_ino);
	FT_EQ(w[0].mask & (IN_CREATE | IN_MODIFY | IN_DELETE), IN_CREATE | IN_MODIFY);
}

FT_POINT(mask_add_and_new_watch)
{
	FT_FD int fd = FT_SYS(inotify_init1(IN_CLOEXEC));
	FT_SYS(mkdir("sub", 0700));
	int wd = FT_SYS(inotify_add_watch(fd, ".", IN_CREATE));
	struct watch_line w[4];
	FT_EQ(watches(fd, w, 4), 1);
	FT_EQ(w[0].mask & (IN_CREATE | IN_DELETE), IN_CREATE);
	FT_EQ(inotify_add_watch(fd, ".", IN_DELETE | IN_MASK_ADD), wd);
	int wd2 = FT_SYS(inotify_add_watch(fd, "sub", IN_ATTRIB));
	FT_EQ(watches(fd, w, 4), 2);
	FT_EQ(find(w, 2, wd)->mask & (IN_CREATE | IN_DELETE | IN_ATTRIB), IN_CREATE | IN_DELETE);
	FT_EQ(find(w, 2, wd2)->mask & (IN_CREATE | IN_DELETE | IN_ATTRIB), IN_ATTRIB);
	FT_EQ(w[0].sdev, w[1].sdev); /* one filesystem */
	FT_NE(w[0].ino, w[1].ino);
}

FT_POINT(rm_watch_removes_line)
{
	FT_FD int fd = FT_SYS(inotify_init1(IN_CLOEXEC));
	FT_SYS(mkdir("sub", 0700));
	int wd = FT_SYS(inotify_add_watch(fd, ".", IN_CREATE));
	int wd2 = FT_SYS(inotify_add_watch(fd, "sub", IN_CREATE));
	struct watch_line w[4];
	FT_EQ(watches(fd, w, 4), 2);
	FT_SYS(inotify_rm_watch(fd, wd));
	FT_EQ(watches(fd, w, 4), 1);
	FT_EQ(w[0].wd, wd2);
}
