/*
 * proc/fdinfo_mnt_id - /proc/self/fdinfo/N has a "mnt_id:" field (Linux
 * 3.15) naming the mount that holds the file: files in one directory share
 * it, a /proc file shows another, the ID is one /proc/self/mountinfo lists,
 * and it equals statx()'s stx_mnt_id (STATX_MNT_ID, Linux 5.8).
 *
 * Cites: proc(5) "/proc/pid/fdinfo/" (mnt_id, since Linux 3.15) and
 * "/proc/pid/mountinfo"; statx(2) (stx_mnt_id).
 */
#include "proc.h"
#ifndef __GLIBC__
/* musl has no statx() wrapper: the kernel's structure and the raw call */
#include <linux/stat.h>
#define statx(dfd, path, flags, mask, buf) syscall(SYS_statx, dfd, path, flags, mask, buf)
#endif

FT_CASE("fdinfo \"mnt_id:\" is the ID of the mount holding the file",
	"proc(5) \"/proc/pid/fdinfo/\", \"/proc/pid/mountinfo\"; statx(2)");
FT_NEEDS(FT_NEEDS_PROC);

static long long mnt_id(int fd)
{
	char info[4096];
	proc_fdinfo(fd, info, sizeof info);
	return proc_field(info, "mnt_id", 10);
}

FT_POINT(same_dir_same_id)
{
	FT_FD int a = ft_tmpfile("a", NULL), b = ft_tmpfile("b", NULL);
	FT_FD int p = FT_SYS(open("/proc/self/status", O_RDONLY));
	FT_EQ(mnt_id(a), mnt_id(b));
	FT_NE(mnt_id(a), mnt_id(p));
	close(b);
}

FT_POINT(listed_in_mountinfo)
{
	FT_FD int fd = ft_tmpfile("a", NULL);
	long long id = mnt_id(fd);
	static char mi[1 << 16];
	ft_read_file("/proc/self/mountinfo", mi, sizeof mi);
	int found = 0;
	for (char *l = mi; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL)
		found |= strtoll(l, NULL, 10) == id;
	if (!found)
		FT_FAIL("mnt_id %lld is not a mount ID in /proc/self/mountinfo", id);
}

FT_POINT(matches_statx)
{
	FT_FD int fd = ft_tmpfile("a", NULL);
	struct statx sx;
	FT_NEED_CALL(statx(fd, "", AT_EMPTY_PATH, STATX_MNT_ID, &sx), "statx", "Linux 4.11");
	if (!(sx.stx_mask & STATX_MNT_ID))
		FT_SKIP("STATX_MNT_ID (Linux 5.8) is not reported here");
	FT_EQ(mnt_id(fd), (long long)sx.stx_mnt_id);
}
