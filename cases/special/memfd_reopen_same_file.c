/*
 * special/memfd_reopen_same_file - opening /proc/self/fd/N of a memfd gives
 * a new open file description of the same file: same inode, shared data,
 * the same seals (they belong to the inode) but its own file offset; a
 * read-only reopen cannot add seals (EPERM: the fd must be writable).
 *
 * Cites: fcntl(2) "File Sealing" (seals are a property of an inode;
 * F_ADD_SEALS needs a writable fd); memfd_create(2) NOTES "File sealing"
 * (step 4, opening /proc/<pid>/fd/<fd>); proc(5) /proc/pid/fd/.
 */
#include "special.h"
#include <sys/mman.h>

FT_CASE("a memfd reopened through /proc/self/fd is the same file with the same seals",
	"fcntl(2) \"File Sealing\"; memfd_create(2) NOTES \"File sealing\"; proc(5)");

static int reopen(int fd, int flags)
{
	char path[64];
	if (access("/proc/self/fd", F_OK) != 0)
		FT_SKIP("/proc is not mounted");
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	return FT_SYS(open(path, flags));
}

FT_POINT(same_inode_shared_data)
{
	int fd = FT_NEED_CALL(memfd_create("r", MFD_ALLOW_SEALING), "memfd_create",
			      "Linux 3.17");
	FT_FD int r = reopen(fd, O_RDWR);
	struct stat a, b;
	FT_SYS(fstat(fd, &a));
	FT_SYS(fstat(r, &b));
	FT_TRUE(a.st_ino == b.st_ino && a.st_dev == b.st_dev);
	FT_EQ(write(fd, "hello", 5), 5);
	char buf[5];
	FT_EQ(read(r, buf, 5), 5); /* own offset: starts at 0 */
	FT_MEMEQ(buf, "hello", 5);
	FT_EQ(ft_offset(fd), 5);
	close(fd);
}

FT_POINT(seals_apply_through_reopen)
{
	int fd = FT_NEED_CALL(memfd_create("r", MFD_ALLOW_SEALING), "memfd_create",
			      "Linux 3.17");
	FT_FD int r = reopen(fd, O_RDWR);
	FT_SYS(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE));
	FT_EQ(fcntl(r, F_GET_SEALS), F_SEAL_WRITE);
	FT_ERRNO(write(r, "x", 1), EPERM);
	FT_SYS(fcntl(r, F_ADD_SEALS, F_SEAL_SEAL));
	FT_EQ(fcntl(fd, F_GET_SEALS), F_SEAL_WRITE | F_SEAL_SEAL);
	close(fd);
}

FT_POINT(readonly_reopen_cannot_seal)
{
	int fd = FT_NEED_CALL(memfd_create("r", MFD_ALLOW_SEALING), "memfd_create",
			      "Linux 3.17");
	FT_FD int r = reopen(fd, O_RDONLY);
	FT_ERRNO(fcntl(r, F_ADD_SEALS, F_SEAL_GROW), EPERM);
	FT_EQ(fcntl(fd, F_GET_SEALS), 0);
	close(fd);
}
