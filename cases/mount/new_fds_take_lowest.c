/*
 * mount/new_fds_take_lowest - every call of the new mount API that returns
 * a descriptor (fsopen, fsmount, fspick, open_tree with and without
 * OPEN_TREE_CLONE, each with and without its close-on-exec flag) returns
 * the lowest-numbered free descriptor: it fills a gap below an open one,
 * and a number freed by close() is handed out again.
 */
#include "mount.h"
#include "../alloc/alloc.h"

FT_CASE("fsopen, fsmount, fspick and open_tree return the lowest free descriptor",
	"fsopen(2), fsmount(2), fspick(2), open_tree(2) RETURN VALUE (Linux 5.2); "
	"open(2) DESCRIPTION; POSIX XSH 2.14 File Descriptor Allocation");

FT_TABLE(fills_gap, mount_fd_kinds)
{
	mount_enter();
	FT_FD int aux = row->prep();
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int fd = FT_SYS(row->make(aux));
	FT_EQ(fd, gap);
}

FT_TABLE(reuses_closed_number, mount_fd_kinds)
{
	mount_enter();
	FT_FD int aux = row->prep();
	int first = FT_SYS(row->make(aux));
	FT_FD int above = FT_SYS(fcntl(first, F_DUPFD_CLOEXEC, 0));
	FT_LT(first, above);
	FT_FD int aux2 = row->prep();
	close(first);
	FT_FD int again = FT_SYS(row->make(aux2 == -1 ? aux : aux2));
	FT_EQ(again, first);
}
