/*
 * exec/etxtbsy_creat_running - creat(2), and open with O_CREAT|O_TRUNC,
 * of the path of a program that is being executed fail with ETXTBSY
 * instead of truncating the running image; with O_CREAT|O_EXCL the name's
 * existence (EEXIST) is what decides.
 *
 * Cites: open(2) ERRORS (ETXTBSY, EEXIST) and DESCRIPTION (creat() is
 * open with O_CREAT|O_WRONLY|O_TRUNC).
 */
#include "image.h"

FT_CASE("creat of a running executable fails with ETXTBSY and leaves it intact",
	"open(2) ERRORS (ETXTBSY, EEXIST), DESCRIPTION (creat)");

static long long size_of(const char *path)
{
	struct stat st;
	FT_SYS(stat(path, &st));
	return (long long)st.st_size;
}

FT_POINT(creat_etxtbsy)
{
	ex_copy_self("prog");
	long long size = size_of("prog");
	struct ex_parked p = ex_park("./prog");
	FT_ERRNO(creat("prog", 0755), ETXTBSY);
	FT_EQ(size_of("prog"), size); /* not truncated */
	ex_unpark(&p);
}

FT_POINT(o_creat_trunc_etxtbsy)
{
	ex_copy_self("prog");
	long long size = size_of("prog");
	struct ex_parked p = ex_park("./prog");
	FT_ERRNO(open("prog", O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0755), ETXTBSY);
	FT_ERRNO(open("prog", O_CREAT | O_RDWR | O_CLOEXEC, 0755), ETXTBSY);
	FT_EQ(size_of("prog"), size);
	ex_unpark(&p);
}

FT_POINT(o_excl_eexist_first)
{
	ex_copy_self("prog");
	struct ex_parked p = ex_park("./prog");
	FT_ERRNO(open("prog", O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0755), EEXIST);
	ex_unpark(&p);
}

FT_POINT(creat_after_exit_truncates)
{
	ex_copy_self("prog");
	struct ex_parked p = ex_park("./prog");
	ex_unpark(&p);
	int fd = FT_SYS(creat("prog", 0755));
	FT_EQ(size_of("prog"), 0);
	close(fd);
}
