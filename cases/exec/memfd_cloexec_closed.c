/*
 * exec/memfd_cloexec_closed - a memfd created with MFD_CLOEXEC is closed
 * by execve; one created without the flag survives, with its contents.
 *
 * Cites: memfd_create(2) DESCRIPTION (MFD_CLOEXEC; memfd_create since
 * Linux 3.17, glibc 2.27); execve(2) "Effect on process attributes".
 */
#include "exec.h"
#include <sys/mman.h>

FT_CASE("MFD_CLOEXEC memfds are closed by execve",
	"memfd_create(2) DESCRIPTION (MFD_CLOEXEC, Linux 3.17); execve(2) \"Effect on process attributes\"");

FT_POINT(memfd)
{
	struct ft_probe p;
	const struct ft_probe_fd *kept;
	int c = FT_NEED_CALL(memfd_create("fdsuite-c", MFD_CLOEXEC),
			     "memfd_create", "Linux 3.17");
	FT_FD int k = FT_SYS(memfd_create("fdsuite-k", 0));
	ft_write_all(k, "data", 4);
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	kept = EX_KEPT(&p, k);
	FT_EQ(kept->offset, 4);
	close(c);
}
