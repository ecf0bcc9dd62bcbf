/*
 * special/memfd_create_flags - memfd_create returns a read-write
 * descriptor; MFD_CLOEXEC sets FD_CLOEXEC on it (and without the flag it
 * is clear); the /proc/self/fd link shows the name prefixed with "memfd:";
 * unknown flag bits and names over 249 bytes are EINVAL.
 *
 * Cites: memfd_create(2) DESCRIPTION (MFD_CLOEXEC, name, O_RDWR), ERRORS,
 * VERSIONS (Linux 3.17).
 */
#include "special.h"
#include <sys/mman.h>

FT_CASE("memfd_create: O_RDWR, MFD_CLOEXEC, the memfd: name, EINVAL for bad flags or names",
	"memfd_create(2) DESCRIPTION; ERRORS");

FT_POINT(cloexec_flag)
{
	FT_FD int a = FT_NEED_CALL(memfd_create("c", MFD_CLOEXEC), "memfd_create", "Linux 3.17");
	FT_FD int b = FT_SYS(memfd_create("c", 0));
	FT_FLAG_SET(ft_getfd(a), FD_CLOEXEC);
	FT_FLAG_CLEAR(ft_getfd(b), FD_CLOEXEC);
}

FT_POINT(opened_read_write)
{
	FT_FD int fd = FT_NEED_CALL(memfd_create("c", 0), "memfd_create", "Linux 3.17");
	FT_EQ(ft_getfl(fd) & O_ACCMODE, O_RDWR);
}

FT_POINT(link_shows_memfd_name)
{
	int fd = FT_NEED_CALL(memfd_create("fdsuite-name", 0), "memfd_create",
			      "Linux 3.17");
	if (access("/proc/self/fd", F_OK) != 0)
		FT_SKIP("/proc is not mounted");
	char link[256];
	ft_readlink_fd(fd, link, sizeof link);
	FT_STRHAS(link, "memfd:fdsuite-name");
	close(fd);
}

FT_POINT(unknown_flags_einval)
{
	close(FT_NEED_CALL(memfd_create("c", 0), "memfd_create", "Linux 3.17"));
	FT_ERRNO(memfd_create("c", 0x40000000), EINVAL);
}

FT_POINT(name_over_249_bytes_einval)
{
	close(FT_NEED_CALL(memfd_create("c", 0), "memfd_create", "Linux 3.17"));
	char name[251];
	memset(name, 'n', 250);
	name[250] = 0;
	FT_ERRNO(memfd_create(name, 0), EINVAL);
	name[249] = 0; /* 249 bytes: the longest accepted */
	close(FT_SYS(memfd_create(name, 0)));
}
