/*
 * unlink.h - helpers shared by the cases in cases/unlink/.
 */
#ifndef CASES_UNLINK_H
#define CASES_UNLINK_H

#include "fdtest.h"
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <dirent.h>

/* Points that look at /proc/self/fd need procfs; without it they skip. */
static inline void unlink_need_proc(void)
{
	struct stat st;
	if (stat("/proc/self", &st) == -1 && errno == ENOENT)
		FT_SKIP("needs /proc: proc(5) is not mounted (stat /proc/self: ENOENT)");
}

static inline long long unlink_nlink(int fd)
{
	struct stat st;
	FT_SYS(fstat(fd, &st));
	return (long long)st.st_nlink;
}

static inline long long unlink_ino(int fd)
{
	struct stat st;
	FT_SYS(fstat(fd, &st));
	return (long long)st.st_ino;
}

/* A new regular file NAME in the cwd holding CONTENT, offset 0. */
static inline int unlink_mkfile(const char *name, const char *content)
{
	int fd = FT_SYS(open(name, O_RDWR | O_CREAT | O_EXCL, 0600));
	ft_write_all(fd, content, strlen(content));
	FT_EQ(lseek(fd, 0, SEEK_SET), 0);
	return fd;
}

static inline const char *unlink_fsname(long type)
{
	switch ((unsigned long)type) {
	case 0xEF53: return "ext2/3/4";
	case 0x01021994: return "tmpfs";
	case 0x58465342: return "xfs";
	case 0x9123683E: return "btrfs";
	case 0x794C7630: return "overlayfs";
	case 0x6969: return "nfs";
	case 0x01021997: return "9p";
	case 0x65735546: return "fuse";
	default: return "unknown";
	}
}

/*
 * An O_TMPFILE file in the cwd (the point's scratch directory).  Skips where
 * the kernel lacks O_TMPFILE (Linux 3.11: such kernels fail with EISDIR or
 * ENOENT, see open(2) ERRORS) or the filesystem does not support it
 * (EOPNOTSUPP).
 */
static inline int unlink_tmpfile(int extra)
{
	int fd = open(".", O_TMPFILE | O_RDWR | extra, 0600);
	if (fd == -1) {
		int e = errno;
		struct statfs sf;
		if (e == EOPNOTSUPP && statfs(".", &sf) == 0)
			FT_SKIP("O_TMPFILE (Linux 3.11): the scratch filesystem "
				"(%s, f_type 0x%lx) does not support it",
				unlink_fsname((long)sf.f_type),
				(unsigned long)sf.f_type);
		if (e == EISDIR || e == ENOENT)
			FT_SKIP("O_TMPFILE (Linux 3.11) is not provided here "
				"(open fails with %s, see open(2) ERRORS)",
				ft_errno_name(e));
		errno = e;
		FT_SYS(fd);
	}
	return fd;
}

/*
 * linkat(2) AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH, checked in the initial
 * user namespace (before Linux 6.10, which also lets the opener's
 * credentials do it); points using it skip without.  Without it the call
 * fails with ENOENT, the very error some points expect.
 */
static inline void unlink_need_dac_read_search(void)
{
	const char *why;
	if (ft_has_init_cap(CAP_DAC_READ_SEARCH, &why) != 1)
		FT_SKIP("needs CAP_DAC_READ_SEARCH: linkat(2) AT_EMPTY_PATH: %s",
			why);
}

/* Entries in the cwd other than "." and "..". */
static inline int unlink_count_entries(void)
{
	DIR *d = opendir(".");
	FT_TRUE(d != NULL);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			n++;
	closedir(d);
	return n;
}

#endif
