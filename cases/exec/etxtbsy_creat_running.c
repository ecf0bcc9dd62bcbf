/*
 * exec/etxtbsy_creat_running - creat(2), and open with O_CREAT|O_TRUNC,
 * of the path of a program that is being executed fail with ETXTBSY
 * instead of truncating the running image; with O_CREAT|O_EXCL the name's
 * existence (EEXIST) is what decides.
 */
#include "image.h"

FT_CASE("creat of a running executable fails with ETXTBSY and leaves it intact",
	"open(2) ERRORS (ETXTBSY, EEXIST), DESCRIPTION (creat)");

FT_POINT(creat_etxtbsy)
{
	ex_copy_self("prog");
	long long size = ex_size("prog");
	struct ex_parked p = ex_park("./prog");
	FT_ERRNO(creat("prog", 0755), ETXTBSY);
	FT_EQ(ex_size("prog"), size); /* not truncated */
	ex_unpark(&p);
}

FT_POINT(o_creat_trunc_etxtbsy)
{
	ex_copy_self("prog");
	long long size = ex_size("prog");
	struct ex_parked p = ex_park("./prog");
	FT_ERRNO(open("prog", O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0755), ETXTBSY);
	FT_ERRNO(open("prog", O_CREAT | O_RDWR | O_CLOEXEC, 0755), ETXTBSY);
	FT_EQ(ex_size("prog"), size);
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
	FT_FD int fd = FT_SYS(creat("prog", 0755));
	FT_EQ(ex_size("prog"), 0);
}
