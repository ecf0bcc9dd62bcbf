/*
 * special/memfd_hugetlb_create - memfd_create(MFD_HUGETLB) makes a file on
 * hugetlbfs: its filesystem is hugetlbfs and its block size the huge page
 * size; the size flag of the default huge page size selects the same; a
 * size flag without MFD_HUGETLB is an unknown bit (EINVAL); with
 * MFD_ALLOW_SEALING (Linux 4.16) it starts without seals, otherwise
 * sealed against new seals; write(2) is not supported on hugetlbfs.
 *
 * Cites: memfd_create(2) MFD_HUGETLB (Linux 4.14), MFD_HUGE_2MB..., ERRORS
 * (EINVAL unknown bits); fcntl(2) "File Sealing" (F_GET_SEALS); the
 * kernel's Documentation/admin-guide/mm/hugetlbpage.rst (read is
 * supported on hugetlbfs files, write is not).
 */
#include "hugetlb.h"

FT_CASE("memfd_create(MFD_HUGETLB) makes a hugetlbfs file",
	"memfd_create(2) MFD_HUGETLB (Linux 4.14), MFD_HUGE_*, ERRORS; fcntl(2) \"File Sealing\"; hugetlbpage.rst");

FT_POINT(on_hugetlbfs)
{
	long long size = ht_page_size();
	FT_FD int fd = ht_memfd(0);
	struct statfs fs;
	FT_SYS(fstatfs(fd, &fs));
	FT_EQ((unsigned long)fs.f_type, HT_HUGETLBFS_MAGIC);
	struct stat st;
	FT_SYS(fstat(fd, &st));
	FT_EQ(st.st_blksize, size);
	FT_EQ(st.st_size, 0);
	FT_SYS(ftruncate(fd, size));
	FT_SYS(fstat(fd, &st));
	FT_EQ(st.st_size, size);
}

FT_POINT(default_size_flag)
{
	long long size = ht_page_size();
	unsigned lg = 0;
	while ((1LL << lg) < size)
		lg++;
	int fd = ht_memfd(lg << MFD_HUGE_SHIFT);
	struct stat st;
	FT_SYS(fstat(fd, &st));
	FT_EQ(st.st_blksize, size);
	close(fd);
	FT_ERRNO(memfd_create("huge", MFD_CLOEXEC | (lg << MFD_HUGE_SHIFT)), EINVAL);
}

FT_POINT(sealing)
{
	ht_page_size();
	int plain = ht_memfd(0);
	FT_EQ(fcntl(plain, F_GET_SEALS), F_SEAL_SEAL);
	close(plain);
	int fd = FT_NEED_FLAG(memfd_create("huge", MFD_HUGETLB | MFD_ALLOW_SEALING | MFD_CLOEXEC),
			      "MFD_HUGETLB with MFD_ALLOW_SEALING", "Linux 4.16");
	FT_EQ(fcntl(fd, F_GET_SEALS), 0);
	FT_SYS(fcntl(fd, F_ADD_SEALS, F_SEAL_GROW));
	FT_EQ(fcntl(fd, F_GET_SEALS), F_SEAL_GROW);
	FT_ERRNO(ftruncate(fd, ht_page_size()), EPERM);
	close(fd);
}

FT_POINT(write_not_supported)
{
	ht_page_size();
	FT_FD int fd = ht_memfd(0);
	FT_ERRNO(write(fd, "x", 1), EINVAL);
}
