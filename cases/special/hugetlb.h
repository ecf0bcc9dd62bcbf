/*
 * hugetlb.h - memfds backed by hugetlbfs (MFD_HUGETLB) and what the
 * system has configured for them (/proc/meminfo).
 */
#ifndef SPECIAL_HUGETLB_H
#define SPECIAL_HUGETLB_H
#include "fdtest.h"
#include <sys/mman.h>
#include <sys/vfs.h>

#ifndef MFD_HUGETLB
#define MFD_HUGETLB 0x0004U
#endif
#ifndef MFD_HUGE_SHIFT
#define MFD_HUGE_SHIFT 26
#endif
#define HT_HUGETLBFS_MAGIC 0x958458f6

/* A /proc/meminfo field (the number before any unit); -1 if absent. */
static inline long long ht_meminfo(const char *field)
{
	static char buf[8192];
	if (ft_read_file("/proc/meminfo", buf, sizeof buf) == 0)
		return -1;
	char key[64];
	snprintf(key, sizeof key, "\n%s:", field);
	char *p = strstr(buf, key);
	if (!p)
		return -1;
	return strtoll(p + strlen(key), NULL, 10);
}

/* The default huge page size in bytes; skips the point if unknown. */
static inline long long ht_page_size(void)
{
	if (access("/proc/meminfo", R_OK) != 0)
		FT_SKIP("needs /proc/meminfo to learn the huge page size");
	long long kb = ht_meminfo("Hugepagesize");
	if (kb <= 0)
		FT_SKIP("no Hugepagesize in /proc/meminfo (no hugetlb support)");
	return kb * 1024;
}

/* Huge pages free and not reserved by mappings: what an mmap may take. */
static inline long long ht_available(void)
{
	long long f = ht_meminfo("HugePages_Free"), r = ht_meminfo("HugePages_Rsvd");
	return f < 0 ? -1 : f - (r > 0 ? r : 0);
}

/* memfd_create(name, MFD_HUGETLB | more); skips where MFD_HUGETLB (Linux
   4.14) is missing. */
static inline int ht_memfd(unsigned more)
{
	return FT_NEED_FLAG(memfd_create("huge", MFD_HUGETLB | MFD_CLOEXEC | more),
			    "memfd_create MFD_HUGETLB", "Linux 4.14");
}

#endif
