/*
 * exec/etxtbsy_truncate_running - truncate(2) by name of a program file
 * that is being executed fails with ETXTBSY and leaves its size alone,
 * whatever the new length; after the process exits truncate works.
 */
#include "image.h"

FT_CASE("truncate of a running executable fails with ETXTBSY",
	"truncate(2) ERRORS (ETXTBSY)");

FT_POINT(truncate_etxtbsy)
{
	ex_copy_self("prog");
	long long size = ex_size("prog");
	struct ex_parked p = ex_park("./prog");
	const off_t lengths[] = { 0, 1, (off_t)size, (off_t)size + 4096 };
	for (size_t i = 0; i < sizeof lengths / sizeof *lengths; i++) {
		ft_note("truncate(\"prog\", %lld)", (long long)lengths[i]);
		FT_ERRNO(truncate("prog", lengths[i]), ETXTBSY);
	}
	FT_EQ(ex_size("prog"), size);
	ex_unpark(&p);
}

FT_POINT(truncate_after_exit)
{
	ex_copy_self("prog");
	struct ex_parked p = ex_park("./prog");
	ex_unpark(&p);
	FT_SYS(truncate("prog", 1));
	FT_EQ(ex_size("prog"), 1);
}
