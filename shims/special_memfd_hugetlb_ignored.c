/*
 * shim special_memfd_hugetlb_ignored: memfd_create() drops MFD_HUGETLB and
 * the huge page size bits and makes an ordinary memfd (tmpfs, small
 * pages), as a runtime without hugetlbfs that accepts the flag anyway.
 *
 * fdsuite-targets: special/memfd_hugetlb_create special/memfd_hugetlb_mmap
 */
#include <sys/syscall.h>
#include <unistd.h>

int memfd_create(const char *name, unsigned flags)
{
	if (flags & 0x0004U) /* MFD_HUGETLB */
		flags &= ~(0x0004U | (0x3fU << 26));
	return (int)syscall(SYS_memfd_create, name, flags);
}
