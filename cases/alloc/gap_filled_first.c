/*
 * alloc/gap_filled_first - closing a descriptor leaves a gap, and the gap
 * is filled before any higher number is handed out, even when higher
 * numbers were freed more recently: allocation is lowest-first, not
 * most-recently-freed-first and not "one above the highest".
 *
 * Cites: open(2) DESCRIPTION; close(2) DESCRIPTION (the number may be
 * reused); POSIX close(3p); POSIX XSH 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("a gap left by close() is filled before higher numbers",
	"open(2) DESCRIPTION; close(2) DESCRIPTION; POSIX close(3p); POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(middle_gap_filled)
{
	int src = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	int f[3];
	alloc_place(src, f, 3);
	int above = alloc_free_above(f[2]);
	FT_SYS(close(f[1]));
	int a = FT_SYS(open("/dev/null", O_RDONLY));
	FT_EQ(a, f[1]);
	int b = FT_SYS(open("/dev/null", O_RDONLY));
	FT_EQ(b, above);
	close(b);
	close(a);
	close(f[0]);
	close(f[2]);
	close(src);
}

FT_POINT(lower_gap_beats_recent_higher_close)
{
	int src = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	int f[4];
	alloc_place(src, f, 4);
	FT_SYS(close(f[1]));
	FT_SYS(close(f[2])); /* freed last, but higher */
	int a = FT_SYS(dup(src));
	int b = FT_SYS(dup(src));
	FT_EQ(a, f[1]);
	FT_EQ(b, f[2]);
	close(b);
	close(a);
	close(f[0]);
	close(f[3]);
	close(src);
}
