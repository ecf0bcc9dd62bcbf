/*
 * alloc/memfd_create_takes_lowest - memfd_create() returns the lowest free
 * number, whatever its flags (MFD_CLOEXEC, MFD_ALLOW_SEALING, and since
 * Linux 6.3 MFD_NOEXEC_SEAL and MFD_EXEC): it fills a gap below an open
 * descriptor, also above 63 or above 1023, and a second memfd takes the
 * next free number above it.  memfd_create() appeared in Linux 3.17;
 * where it or a flag is missing the points skip.
 *
 * Cites: memfd_create(2) DESCRIPTION, VERSIONS (Linux 3.17, glibc 2.27);
 * POSIX XSH 2.14 "File Descriptor Allocation" (the general rule for
 * every call that allocates descriptors).
 */
#include "alloc.h"
#include <sys/mman.h>
#ifndef MFD_NOEXEC_SEAL
#define MFD_NOEXEC_SEAL 0x0008U
#endif
#ifndef MFD_EXEC
#define MFD_EXEC 0x0010U
#endif

FT_CASE("memfd_create() returns the lowest-numbered free descriptor",
	"memfd_create(2) DESCRIPTION (Linux 3.17); POSIX XSH 2.14 File Descriptor Allocation");

static int create(int flags, const int *held, int fds[2])
{
	if (flags & (MFD_NOEXEC_SEAL | MFD_EXEC))
		fds[0] = FT_NEED_FLAG(memfd_create("a", flags),
				      "MFD_NOEXEC_SEAL/MFD_EXEC", "Linux 6.3");
	else
		fds[0] = FT_NEED_CALL(memfd_create("a", flags), "memfd_create",
				      "Linux 3.17");
	return 1;
}
static const struct alloc_call call = { create, NULL };
static const struct alloc_flag_row flag_rows[] = {
	{ "none", 0 },
	{ "cloexec", MFD_CLOEXEC },
	{ "allow_sealing", MFD_ALLOW_SEALING },
	{ "noexec_seal", MFD_NOEXEC_SEAL },
	{ "exec", MFD_EXEC },
	{ "all", MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_NOEXEC_SEAL },
};

ALLOC_GAP_POINTS(&call, MFD_CLOEXEC, MFD_CLOEXEC, MFD_ALLOW_SEALING)

ALLOC_ROWS_FLAGS(&call, flag_rows)
ALLOC_ROWS_ABOVE(&call, MFD_CLOEXEC)
