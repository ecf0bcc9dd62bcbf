/*
 * reuse/mapping_survives_close_and_reuse - a memory mapping holds its own
 * reference to the file: after the descriptor it was made from is closed
 * and its number reused for another file, the mapping still shows the
 * original file, stores through it reach the original file (MAP_SHARED),
 * and writes through the reused number go to the new file only.
 *
 * Cites: mmap(2) "munmap()" (closing the file descriptor does not unmap
 * the region); close(2) DESCRIPTION (the number may be reused); POSIX
 * mmap(3p).
 */
#include "fdtest.h"
#include <sys/mman.h>

FT_CASE("a mapping keeps its file after the descriptor is closed and the number reused",
	"mmap(2) \"munmap()\"; close(2) DESCRIPTION; POSIX mmap(3p)");

FT_POINT(mapping_keeps_original_file)
{
	char pa[FT_PATH_MAX], pb[FT_PATH_MAX], buf[16];
	int a = ft_tmpfile("original", pa);
	FT_FD int hold = FT_SYS(open("/dev/null", O_RDONLY)); /* a is not the top */
	char *m = mmap(NULL, 8, PROT_READ | PROT_WRITE, MAP_SHARED, a, 0);
	FT_TRUE(m != MAP_FAILED);
	FT_SYS(close(a));
	FT_FD int b = ft_tmpfile("newfile!", pb);
	FT_EQ(b, a); /* the number now names the other file */
	FT_MEMEQ(m, "original", 8);
	memcpy(m, "ORIG", 4); /* a store through the mapping ... */
	FT_SYS(msync(m, 8, MS_SYNC));
	FT_EQ(ft_read_file(pa, buf, sizeof buf), 8);
	FT_STREQ(buf, "ORIGinal"); /* ... reaches the original file */
	FT_EQ(pwrite(a, "NEW", 3, 0), 3); /* a write via the reused number */
	FT_MEMEQ(m, "ORIGinal", 8);       /* does not show in the mapping */
	FT_EQ(ft_read_file(pb, buf, sizeof buf), 8);
	FT_STREQ(buf, "NEWfile!");
	FT_SYS(munmap(m, 8));
}
