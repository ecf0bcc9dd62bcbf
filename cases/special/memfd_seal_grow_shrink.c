/*
 * special/memfd_seal_grow_shrink - F_SEAL_GROW makes every size increase
 * fail with EPERM (ftruncate up, a write past the end) while writes inside
 * the file and shrinking still work; F_SEAL_SHRINK makes every size
 * decrease fail with EPERM (ftruncate down, open with O_TRUNC) while
 * growing still works.
 *
 * Cites: fcntl(2) "File Sealing" (F_SEAL_GROW, F_SEAL_SHRINK).
 */
#include "special.h"
#include <sys/mman.h>

FT_CASE("F_SEAL_GROW forbids growing and F_SEAL_SHRINK forbids shrinking a memfd",
	"fcntl(2) \"File Sealing\" (F_SEAL_GROW, F_SEAL_SHRINK)");

static int memfd8(int seal)
{
	int fd = FT_NEED_CALL(memfd_create("g", MFD_ALLOW_SEALING), "memfd_create",
			      "Linux 3.17");
	FT_EQ(write(fd, "01234567", 8), 8);
	FT_SYS(fcntl(fd, F_ADD_SEALS, seal));
	return fd;
}

static long long size_of(int fd)
{
	struct stat st;
	FT_SYS(fstat(fd, &st));
	return st.st_size;
}

FT_POINT(grow_ftruncate_up_eperm)
{
	FT_FD int fd = memfd8(F_SEAL_GROW);
	FT_ERRNO(ftruncate(fd, 9), EPERM);
	FT_EQ(size_of(fd), 8);
}

FT_POINT(grow_write_past_end_eperm)
{
	int fd = memfd8(F_SEAL_GROW); /* offset is 8: the end */
	FT_ERRNO(write(fd, "x", 1), EPERM);
	FT_EQ(pwrite(fd, "AB", 2, 2), 2); /* inside the file: fine */
	FT_EQ(size_of(fd), 8);
	close(fd);
}

FT_POINT(grow_allows_shrink)
{
	FT_FD int fd = memfd8(F_SEAL_GROW);
	FT_SYS(ftruncate(fd, 3));
	FT_EQ(size_of(fd), 3);
}

FT_POINT(shrink_ftruncate_down_eperm)
{
	FT_FD int fd = memfd8(F_SEAL_SHRINK);
	FT_ERRNO(ftruncate(fd, 7), EPERM);
	FT_SYS(ftruncate(fd, 20)); /* growing is fine */
	FT_EQ(size_of(fd), 20);
}

FT_POINT(shrink_open_trunc_eperm)
{
	FT_FD int fd = memfd8(F_SEAL_SHRINK);
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	if (access("/proc/self/fd", F_OK) != 0)
		FT_SKIP("/proc is not mounted");
	FT_ERRNO(open(path, O_RDWR | O_TRUNC), EPERM);
	FT_EQ(size_of(fd), 8);
}
