/*
 * nsfs/ns_open_same_identity - opening /proc/self/ns/TYPE gives a
 * descriptor for the namespace itself: two opens of the same namespace
 * (by this process, or by a forked child that shares it) report the same
 * st_dev and st_ino, which is also what stat() of the link and the
 * "type:[inode]" text readlink() returns name.  Rows cover every
 * namespace type with a file there.
 */
#include "nsfs.h"

FT_CASE("two opens of one namespace's /proc/PID/ns file have the same st_dev and st_ino",
	"namespaces(7) \"The /proc/[pid]/ns/ directory\"");

FT_NEEDS(FT_NEEDS_PROC);

FT_TABLE(two_opens_same_ino, ns_kinds)
{
	struct stat a, b;
	FT_FD int first = ns_open(row, O_RDONLY | O_CLOEXEC);
	FT_FD int second = ns_open(row, O_RDONLY | O_CLOEXEC);
	FT_NE(first, second);
	FT_SYS(fstat(first, &a));
	FT_SYS(fstat(second, &b));
	FT_EQ(a.st_ino, b.st_ino);
	FT_EQ(a.st_dev, b.st_dev);
}

FT_TABLE(matches_link_stat_and_name, ns_kinds)
{
	char path[64], link[64], want[64];
	struct stat a, b;
	FT_FD int fd = ns_open(row, O_RDONLY | O_CLOEXEC);
	snprintf(path, sizeof path, "/proc/self/ns/%s", row->file);
	FT_SYS(fstat(fd, &a));
	FT_SYS(stat(path, &b));
	FT_EQ(a.st_ino, b.st_ino);
	FT_EQ(a.st_dev, b.st_dev);
	ssize_t n = FT_SYS(readlink(path, link, sizeof link - 1));
	link[n] = 0;
	snprintf(want, sizeof want, ":[%llu]", (unsigned long long)a.st_ino);
	FT_STRENDS(link, want);
}

FT_TABLE(forked_child_same_ino, ns_kinds)
{
	FT_FD int fd = ns_open(row, O_RDONLY | O_CLOEXEC);
	unsigned long long ino = ns_ino(fd);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(ns_ino(fd), ino);
		int own = ns_open(row, O_RDONLY | O_CLOEXEC);
		FT_EQ(ns_ino(own), ino);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}
