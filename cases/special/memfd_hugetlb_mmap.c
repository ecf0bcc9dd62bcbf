/*
 * special/memfd_hugetlb_mmap - a MFD_HUGETLB memfd is used through mmap:
 * with a huge page free, a shared mapping of one page takes it, and what
 * is stored there is seen by a second mapping and by read(2); with none
 * free and no overcommit of huge pages, mmap itself fails with ENOMEM
 * (huge pages are reserved when mapped, not when touched), shared or
 * private.  Which of the two applies depends on the system's
 * configuration (vm.nr_hugepages), so each point skips, saying why, where
 * the other one applies.
 *
 * Cites: memfd_create(2) MFD_HUGETLB (Linux 4.14); mmap(2) ERRORS
 * (ENOMEM); the kernel's Documentation/admin-guide/mm/hugetlbpage.rst
 * (HugePages_Free, HugePages_Rsvd: pages are reserved at mmap time;
 * nr_overcommit_hugepages; read is supported).
 */
#include "hugetlb.h"

FT_CASE("mmap of a MFD_HUGETLB memfd takes a free huge page, or fails with ENOMEM",
	"memfd_create(2) MFD_HUGETLB (Linux 4.14); mmap(2) ERRORS (ENOMEM); hugetlbpage.rst");

static long long overcommit(void)
{
	char buf[64];
	if (ft_read_file("/proc/sys/vm/nr_overcommit_hugepages", buf, sizeof buf) == 0)
		return -1;
	return strtoll(buf, NULL, 10);
}

FT_POINT(free_page_maps_and_reads)
{
	long long size = ht_page_size();
	if (ht_available() < 1)
		FT_SKIP("no huge page free here (HugePages_Free - HugePages_Rsvd "
			"is %lld; vm.nr_hugepages configures them)", ht_available());
	FT_FD int fd = ht_memfd(0);
	FT_SYS(ftruncate(fd, size));
	char *a = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	FT_TRUE(a != MAP_FAILED);
	memcpy(a + size - 3, "abc", 3);
	char *b = mmap(NULL, (size_t)size, PROT_READ, MAP_SHARED, fd, 0);
	FT_TRUE(b != MAP_FAILED);
	FT_MEMEQ(b + size - 3, "abc", 3);
	char got[3];
	FT_EQ(pread(fd, got, 3, size - 3), 3);
	FT_MEMEQ(got, "abc", 3);
	munmap(a, (size_t)size);
	munmap(b, (size_t)size);
}

FT_POINT(no_free_page_mmap_enomem)
{
	long long size = ht_page_size();
	long long avail = ht_available(), over = overcommit();
	if (avail != 0 || over != 0)
		FT_SKIP("huge pages can be had here (available %lld, "
			"nr_overcommit_hugepages %lld): the ENOMEM case needs none",
			avail, over);
	FT_FD int fd = ht_memfd(0);
	FT_SYS(ftruncate(fd, size));
	void *a = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (a != MAP_FAILED)
		munmap(a, (size_t)size);
	FT_TRUE(a == MAP_FAILED);
	FT_EQ(errno, ENOMEM);
	a = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	if (a != MAP_FAILED)
		munmap(a, (size_t)size);
	FT_TRUE(a == MAP_FAILED);
	FT_EQ(errno, ENOMEM);
}
