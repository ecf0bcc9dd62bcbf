/*
 * special/memfd_seal_write - after F_SEAL_WRITE the contents of the file
 * cannot change: write(2) fails with EPERM and so does creating a shared
 * writable mapping, while resizing is still allowed; the seal cannot be
 * added (EBUSY) while a shared writable mapping exists.
 *
 * Cites: fcntl(2) "File Sealing" (F_SEAL_WRITE), ERRORS (EBUSY);
 * memfd_create(2) NOTES "File sealing".
 */
#include "special.h"
#include <sys/mman.h>

FT_CASE("F_SEAL_WRITE forbids writes and shared writable mappings; EBUSY while one exists",
	"fcntl(2) \"File Sealing\" (F_SEAL_WRITE); ERRORS; memfd_create(2) \"File sealing\"");

static int sealed_memfd(void)
{
	int fd = FT_NEED_CALL(memfd_create("w", MFD_ALLOW_SEALING), "memfd_create",
			      "Linux 3.17");
	FT_EQ(write(fd, "abcd", 4), 4);
	return fd;
}

FT_POINT(write_is_eperm)
{
	FT_FD int fd = sealed_memfd();
	FT_SYS(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE));
	FT_ERRNO(write(fd, "x", 1), EPERM);
	FT_ERRNO(pwrite(fd, "x", 1, 0), EPERM);
	char buf[4];
	FT_EQ(pread(fd, buf, 4, 0), 4);
	FT_MEMEQ(buf, "abcd", 4);
}

FT_POINT(shared_writable_mmap_is_eperm)
{
	FT_FD int fd = sealed_memfd();
	FT_SYS(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE));
	errno = 0;
	void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	int e = errno;
	FT_TRUE(p == MAP_FAILED);
	FT_EQ(e, EPERM);
}

FT_POINT(resize_still_allowed)
{
	FT_FD int fd = sealed_memfd();
	FT_SYS(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE));
	FT_SYS(ftruncate(fd, 2));
	FT_SYS(ftruncate(fd, 100));
	struct stat st;
	FT_SYS(fstat(fd, &st));
	FT_EQ(st.st_size, 100);
}

FT_POINT(busy_while_shared_writable_mapping)
{
	FT_FD int fd = sealed_memfd();
	void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	FT_TRUE(p != MAP_FAILED);
	FT_ERRNO(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE), EBUSY);
	FT_EQ(fcntl(fd, F_GET_SEALS), 0);
	FT_SYS(munmap(p, 4096));
	FT_SYS(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE));
}
