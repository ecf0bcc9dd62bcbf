/*
 * special/memfd_seal_seal - once F_SEAL_SEAL is set the set of seals is
 * frozen: every further F_ADD_SEALS fails with EPERM, even for a seal
 * already in the set, and F_GET_SEALS keeps reporting the same set.
 *
 * Cites: fcntl(2) "File Sealing" (F_ADD_SEALS, F_SEAL_SEAL), ERRORS (EPERM).
 */
#include "special.h"
#include <sys/mman.h>

FT_CASE("after F_SEAL_SEAL no seal can be added",
	"fcntl(2) \"File Sealing\" (F_SEAL_SEAL); ERRORS (EPERM)");

FT_POINT(add_after_seal_eperm)
{
	int fd = FT_NEED_CALL(memfd_create("q", MFD_ALLOW_SEALING), "memfd_create",
			      "Linux 3.17");
	FT_SYS(fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_SEAL));
	FT_ERRNO(fcntl(fd, F_ADD_SEALS, F_SEAL_GROW), EPERM);
	FT_ERRNO(fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK), EPERM);
	FT_EQ(fcntl(fd, F_GET_SEALS), F_SEAL_SHRINK | F_SEAL_SEAL);
	FT_EQ(write(fd, "x", 1), 1); /* F_SEAL_GROW did not take effect */
	close(fd);
}

FT_POINT(seal_seal_alone_blocks_nothing_else)
{
	int fd = FT_NEED_CALL(memfd_create("q", MFD_ALLOW_SEALING), "memfd_create",
			      "Linux 3.17");
	FT_SYS(fcntl(fd, F_ADD_SEALS, F_SEAL_SEAL));
	FT_EQ(write(fd, "abc", 3), 3);
	FT_SYS(ftruncate(fd, 1));
	FT_EQ(fcntl(fd, F_GET_SEALS), F_SEAL_SEAL);
	close(fd);
}
