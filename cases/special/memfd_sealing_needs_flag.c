/*
 * special/memfd_sealing_needs_flag - a memfd created without
 * MFD_ALLOW_SEALING starts with the seal set {F_SEAL_SEAL}, so adding any
 * seal fails with EPERM; with MFD_ALLOW_SEALING the set starts empty and
 * seals can be added.  memfd_create is Linux 3.17.
 *
 * Cites: memfd_create(2) DESCRIPTION (MFD_ALLOW_SEALING), VERSIONS;
 * fcntl(2) "File Sealing" (F_ADD_SEALS, F_GET_SEALS, F_SEAL_SEAL).
 */
#include "special.h"
#include <sys/mman.h>

FT_CASE("memfd seals can be added only with MFD_ALLOW_SEALING",
	"memfd_create(2) DESCRIPTION (MFD_ALLOW_SEALING); fcntl(2) \"File Sealing\"");

FT_POINT(without_flag_sealed_shut)
{
	FT_FD int fd = FT_NEED_CALL(memfd_create("s", 0), "memfd_create", "Linux 3.17");
	FT_EQ(fcntl(fd, F_GET_SEALS), F_SEAL_SEAL);
	FT_ERRNO(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE), EPERM);
	FT_EQ(write(fd, "x", 1), 1); /* no write seal came of it */
}

FT_POINT(with_flag_starts_empty)
{
	int fd = FT_NEED_CALL(memfd_create("s", MFD_ALLOW_SEALING), "memfd_create",
			      "Linux 3.17");
	FT_EQ(fcntl(fd, F_GET_SEALS), 0);
	FT_SYS(fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK));
	FT_EQ(fcntl(fd, F_GET_SEALS), F_SEAL_SHRINK);
	close(fd);
}

FT_POINT(seals_accumulate)
{
	int fd = FT_NEED_CALL(memfd_create("s", MFD_ALLOW_SEALING), "memfd_create",
			      "Linux 3.17");
	FT_SYS(fcntl(fd, F_ADD_SEALS, F_SEAL_GROW));
	FT_SYS(fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK));
	FT_SYS(fcntl(fd, F_ADD_SEALS, F_SEAL_GROW)); /* already set: no-op */
	FT_EQ(fcntl(fd, F_GET_SEALS), F_SEAL_GROW | F_SEAL_SHRINK);
	close(fd);
}

FT_POINT(unknown_seal_einval)
{
	int fd = FT_NEED_CALL(memfd_create("s", MFD_ALLOW_SEALING), "memfd_create",
			      "Linux 3.17");
	FT_ERRNO(fcntl(fd, F_ADD_SEALS, 0x40000000), EINVAL);
	FT_EQ(fcntl(fd, F_GET_SEALS), 0);
	close(fd);
}
