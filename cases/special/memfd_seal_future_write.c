/*
 * special/memfd_seal_future_write - F_SEAL_FUTURE_WRITE (Linux 5.1) stops
 * new writes: write(2) and new shared writable mappings fail with EPERM,
 * but a shared writable mapping made before the seal keeps modifying the
 * file, and unlike F_SEAL_WRITE the seal is accepted while one exists.
 *
 * Cites: fcntl(2) "File Sealing" (F_SEAL_FUTURE_WRITE, since Linux 5.1);
 * memfd_create(2) NOTES "File sealing" (step 3).
 */
#include "special.h"
#include <sys/mman.h>

FT_CASE("F_SEAL_FUTURE_WRITE stops new writes but keeps existing shared mappings writable",
	"fcntl(2) \"File Sealing\" (F_SEAL_FUTURE_WRITE); memfd_create(2) \"File sealing\"");

FT_POINT(existing_mapping_still_writes)
{
	int fd = FT_NEED_CALL(memfd_create("f", MFD_ALLOW_SEALING), "memfd_create",
			      "Linux 3.17");
	FT_SYS(ftruncate(fd, 4096));
	char *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	FT_TRUE(p != MAP_FAILED);
	FT_NEED_FLAG(fcntl(fd, F_ADD_SEALS, F_SEAL_FUTURE_WRITE),
		     "F_SEAL_FUTURE_WRITE", "Linux 5.1");
	memcpy(p, "map!", 4);
	char buf[4];
	FT_EQ(pread(fd, buf, 4, 0), 4);
	FT_MEMEQ(buf, "map!", 4);
	munmap(p, 4096);
	close(fd);
}

FT_POINT(new_writes_eperm)
{
	int fd = FT_NEED_CALL(memfd_create("f", MFD_ALLOW_SEALING), "memfd_create",
			      "Linux 3.17");
	FT_SYS(ftruncate(fd, 4096));
	FT_NEED_FLAG(fcntl(fd, F_ADD_SEALS, F_SEAL_FUTURE_WRITE),
		     "F_SEAL_FUTURE_WRITE", "Linux 5.1");
	FT_ERRNO(write(fd, "x", 1), EPERM);
	errno = 0;
	void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	int e = errno;
	FT_TRUE(p == MAP_FAILED);
	FT_EQ(e, EPERM);
	FT_TRUE(FT_SYS(fcntl(fd, F_GET_SEALS)) & F_SEAL_FUTURE_WRITE);
	close(fd);
}
