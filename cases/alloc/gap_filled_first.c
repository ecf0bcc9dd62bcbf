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
	FT_FD int src = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	int f[3];
	alloc_place(src, f, 3);
	int above = alloc_free_above(f[2]);
	FT_SYS(close(f[1]));
	FT_FD int a = FT_SYS(open("/dev/null", O_RDONLY));
	FT_EQ(a, f[1]);
	FT_FD int b = FT_SYS(open("/dev/null", O_RDONLY));
	FT_EQ(b, above);
	close(f[0]);
	close(f[2]);
}

FT_POINT(lower_gap_beats_recent_higher_close)
{
	FT_FD int src = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	int f[4];
	alloc_place(src, f, 4);
	FT_SYS(close(f[1]));
	FT_SYS(close(f[2])); /* freed last, but higher */
	FT_FD int a = FT_SYS(dup(src));
	FT_FD int b = FT_SYS(dup(src));
	FT_EQ(a, f[1]);
	FT_EQ(b, f[2]);
	close(f[0]);
	close(f[3]);
}
