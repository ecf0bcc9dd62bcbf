/*
 * unlink/space_released_on_last_close - the blocks of an unlinked file stay
 * allocated while any descriptor refers to it (fstat's st_blocks keeps its
 * value, statvfs shows no space coming back) and are given back to the
 * filesystem only when the last descriptor, the original or a dup, closes.
 *
 * Free space is shared with everything else on the scratch filesystem, so
 * the file is 4 MiB, a change counts only past a 2 MiB margin, each
 * observation is tried up to three times, and release is looked for
 * again after syncfs() (some filesystems free blocks in the background).
 * A filesystem whose statvfs does not move when 4 MiB are written skips
 * the statvfs points; the st_blocks point still runs (and skips only
 * where st_blocks does not show the file even after fsync).
 *
 * Cites: unlink(2) DESCRIPTION (space is made available only once no
 * process has the file open); statvfs(3) DESCRIPTION (f_bfree); POSIX
 * unlink(3p).
 */
#include "unlink.h"
#include <sys/statvfs.h>

FT_CASE("an unlinked file's space is released only by the last close",
	"unlink(2) DESCRIPTION; statvfs(3) DESCRIPTION; POSIX unlink(3p)");

#define SZ (4LL << 20)
#define MARGIN (SZ / 2)

static long long fs_free(void)
{
	struct statvfs v;
	FT_SYS(statvfs(".", &v));
	return (long long)v.f_bfree * (long long)v.f_frsize;
}

/* A new 4 MiB file of incompressible bytes; its name goes to name. */
static int make_named(char *name)
{
	static int seq;
	static unsigned char buf[1 << 20];
	snprintf(name, 32, "big%d", seq++);
	unsigned x = 2463534242u;
	for (size_t i = 0; i < sizeof buf; i++) {
		x ^= x << 13, x ^= x >> 17, x ^= x << 5;
		buf[i] = (unsigned char)x;
	}
	int fd = FT_SYS(open(name, O_RDWR | O_CREAT | O_EXCL, 0600));
	for (long long done = 0; done < SZ; done += sizeof buf)
		ft_write_all(fd, buf, sizeof buf);
	return fd;
}

/* The same, already unlinked. */
static int make_big(void)
{
	char name[32];
	int fd = make_named(name);
	FT_SYS(unlink(name));
	return fd;
}

static void need_space(long long bytes)
{
	struct statvfs v;
	FT_SYS(statvfs(".", &v));
	if ((long long)v.f_bavail * (long long)v.f_frsize < bytes)
		FT_SKIP("needs %lld MiB free on the scratch filesystem", bytes >> 20);
}

/* statvfs must see the file's blocks, or the statvfs points skip. */
static void need_accounting(void)
{
	need_space(8 * SZ);
	for (int i = 0; i < 3; i++) {
		long long before = fs_free();
		int fd = make_big();
		long long used = before - fs_free();
		close(fd);
		if (used >= MARGIN)
			return;
	}
	FT_SKIP("statvfs f_bfree of the scratch filesystem does not reflect "
		"a 4 MiB file; st_blocks is checked instead");
}

/* Whether the space came back.  Filesystems that free blocks in the
   background finish that work when asked to sync (XFS's inode garbage
   collection, a btrfs commit): syncfs() is the wait, not a nap. */
static int freed_since(long long base)
{
	for (int i = 0; i < 5; i++) {
		if (fs_free() - base >= MARGIN)
			return 1;
		int d = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
		(void)syncfs(d); /* a nudge: its errors do not matter */
		close(d);
	}
	return fs_free() - base >= MARGIN;
}

FT_POINT_OPTS(blocks_kept_while_open, .timeout_ms = 20000)
{
	need_space(2 * SZ);
	char name[32];
	FT_FD int fd = make_named(name);
	FT_SYS(fsync(fd));
	struct stat st;
	FT_SYS(fstat(fd, &st));
	if ((long long)st.st_blocks * 512 < MARGIN)
		FT_SKIP("st_blocks on the scratch filesystem does not reflect a "
			"4 MiB file after fsync (%lld blocks)", (long long)st.st_blocks);
	FT_SYS(unlink(name));
	FT_SYS(fstat(fd, &st));
	FT_EQ(st.st_nlink, 0);
	FT_GE((long long)st.st_blocks * 512, MARGIN);
	unsigned char c;
	FT_EQ(pread(fd, &c, 1, SZ - 1), 1);
}

FT_POINT_OPTS(unlink_does_not_free, .timeout_ms = 20000)
{
	need_accounting();
	long long delta = 0;
	for (int i = 0; i < 3; i++) {
		char name[32];
		int fd = make_named(name);
		long long base = fs_free();
		FT_SYS(unlink(name));
		delta = fs_free() - base;
		close(fd);
		if (delta < MARGIN)
			return;
	}
	FT_FAIL("free space came back while the unlinked file was open "
		"(%lld bytes freed by unlink)", delta);
}

FT_POINT_OPTS(last_close_frees, .timeout_ms = 20000)
{
	need_accounting();
	for (int i = 0; i < 3; i++) {
		int fd = make_big();
		long long base = fs_free();
		close(fd);
		if (freed_since(base))
			return;
	}
	FT_FAIL("statvfs showed no space released after the last close (and syncfs)");
}

FT_POINT_OPTS(dup_holds_space, .timeout_ms = 20000)
{
	need_accounting();
	int held = 0;
	int freed = 0;
	for (int i = 0; i < 3 && !(held && freed); i++) {
		int fd = make_big();
		int d = FT_SYS(dup(fd));
		long long base = fs_free();
		close(fd);
		held = fs_free() - base < MARGIN;
		base = fs_free();
		close(d);
		freed = freed_since(base);
	}
	if (!held)
		FT_FAIL("space was released when the original closed, while a dup was still open");
	if (!freed)
		FT_FAIL("statvfs showed no space released after the dup, the last descriptor, closed");
}
