/*
 * exec/memfd_cloexec_closed - a memfd created with MFD_CLOEXEC is closed
 * by execve; one created without the flag survives, with its contents,
 * MFD_ALLOW_SEALING beside it or not.
 */
#include "exec.h"
#include <sys/mman.h>

FT_CASE("MFD_CLOEXEC memfds are closed by execve",
	"memfd_create(2) DESCRIPTION (MFD_CLOEXEC, Linux 3.17); execve(2) \"Effect on process attributes\"");

static int make(int flags)
{
	return FT_NEED_CALL(memfd_create("fdsuite", flags), "memfd_create",
			    "Linux 3.17");
}

FT_POINT(memfd)
{
	struct ft_probe p;
	FT_FD int c = make(MFD_CLOEXEC);
	FT_FD int k = make(0);
	ft_write_all(k, "data", 4);
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	FT_EQ(EX_KEPT(&p, k)->offset, 4);
}

static const struct { const char *name; int flags; } others[] = {
	{ "allow_sealing", MFD_ALLOW_SEALING },
};

FT_TABLE(cloexec_and, others) { EX_FLAG_PAIR(make, MFD_CLOEXEC, row->flags); }
