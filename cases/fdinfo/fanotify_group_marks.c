/*
 * fdinfo/fanotify_group_marks - /proc/self/fdinfo/N of a fanotify group
 * (Linux 3.8) has a "fanotify flags:... event-flags:..." line with the
 * fanotify_init() flags and event_f_flags in hex (the kernel may add
 * O_LARGEFILE to the latter), and one "fanotify ino:..." line per inode
 * mark giving the inode (hex) and the mark's event mask (hex): adding
 * events widens it, removing them narrows it, removing all removes the
 * line.  Uses the limited group an unprivileged caller may make since
 * Linux 5.13 where CAP_SYS_ADMIN is missing.
 */
#include "fdinfo.h"
#include "../anon/anon.h"

FT_CASE("fdinfo of a fanotify group shows its init flags and one line per inode mark with its mask",
	"proc(5) \"/proc/pid/fdinfo/\" (fanotify flags, event-flags, ino, mask; since Linux 3.8); fanotify_init(2); fanotify_mark(2) (FAN_MARK_ADD, FAN_MARK_REMOVE)");

/* returns the group; *flags the init flags it was made with */
static int group(unsigned want, unsigned *flags)
{
	return anon_fanotify_group(want, O_RDONLY | O_CLOEXEC, flags);
}

static const struct {
	const char *name;
	unsigned flags;
} inits[] = {
	{ "cloexec", FAN_CLOEXEC },
	{ "cloexec_nonblock", FAN_CLOEXEC | FAN_NONBLOCK },
};

FT_TABLE(group_line_flags, inits)
{
	unsigned flags;
	char info[4096], lines[2][256];
	FT_FD int fd = group(row->flags, &flags);
	fdinfo_read(fd, info, sizeof info);
	FT_EQ(fdinfo_lines(info, "fanotify flags:", lines, 2), 1);
	FT_EQ(fdinfo_hex(lines[0], "flags"), flags);
	unsigned long long ev = fdinfo_hex(lines[0], "event-flags");
	FT_EQ(ev & O_ACCMODE, O_RDONLY);
	FT_FLAG_SET((long long)ev, O_CLOEXEC);
}

static int marks(int fd, unsigned long long *ino, unsigned long long *mask)
{
	char info[4096], lines[4][256];
	fdinfo_read(fd, info, sizeof info);
	int n = fdinfo_lines(info, "fanotify ino:", lines, 4);
	if (n == 1) {
		*ino = fdinfo_hex(lines[0], "ino");
		*mask = fdinfo_hex(lines[0], "mask");
	}
	return n;
}

FT_POINT(mark_line_follows_mask)
{
	unsigned flags;
	unsigned long long ino = 0, mask = 0;
	FT_FD int fd = group(FAN_CLOEXEC, &flags);
	struct stat st;
	FT_SYS(stat(".", &st));
	FT_EQ(marks(fd, &ino, &mask), 0);
	FT_SYS(fanotify_mark(fd, FAN_MARK_ADD, FAN_CLOSE_WRITE, AT_FDCWD, "."));
	FT_EQ(marks(fd, &ino, &mask), 1);
	FT_EQ(ino, st.st_ino);
	FT_EQ(mask, FAN_CLOSE_WRITE);
	FT_SYS(fanotify_mark(fd, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, "."));
	FT_EQ(marks(fd, &ino, &mask), 1);
	FT_EQ(mask, FAN_CLOSE_WRITE | FAN_OPEN);
	FT_SYS(fanotify_mark(fd, FAN_MARK_REMOVE, FAN_CLOSE_WRITE, AT_FDCWD, "."));
	FT_EQ(marks(fd, &ino, &mask), 1);
	FT_EQ(mask, FAN_OPEN);
	FT_SYS(fanotify_mark(fd, FAN_MARK_REMOVE, FAN_OPEN, AT_FDCWD, "."));
	FT_EQ(marks(fd, &ino, &mask), 0);
}
