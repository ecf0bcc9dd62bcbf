/*
 * shim special_memfd_create_lax: memfd_create() ignores MFD_CLOEXEC and
 * unknown flag bits and cuts over-long names short instead of failing
 * with EINVAL.
 *
 * fdsuite-targets: special/memfd_create_flags
 */
#include <dlfcn.h>
#include <string.h>
#include <sys/mman.h>

int memfd_create(const char *name, unsigned int flags)
{
	static int (*real)(const char *, unsigned int);
	if (!real)
		real = (int (*)(const char *, unsigned int))dlsym(RTLD_NEXT, "memfd_create");
	char cut[250];
	strncpy(cut, name, sizeof cut - 1);
	cut[sizeof cut - 1] = 0;
	return real(cut, flags & (MFD_ALLOW_SEALING | MFD_HUGETLB));
}
