/*
 * mount/new_fds_cloexec - the descriptors of the new mount API are
 * close-on-exec exactly when the call was asked for it (FSOPEN_CLOEXEC,
 * FSMOUNT_CLOEXEC, FSPICK_CLOEXEC, OPEN_TREE_CLOEXEC): F_GETFD shows
 * FD_CLOEXEC set or clear, and across execve the flagged descriptor is
 * closed while the unflagged one survives in the new image.
 */
#include "mount.h"
#include "../exec/exec.h"

FT_CASE("the new mount API's *_CLOEXEC flags set FD_CLOEXEC, and only they",
	"fsopen(2), fsmount(2), fspick(2), open_tree(2) DESCRIPTION (Linux 5.2); "
	"fcntl(2) \"File descriptor flags\"; execve(2) \"Effect on process attributes\"");

FT_TABLE(fd_flag, mount_fd_kinds)
{
	mount_enter();
	FT_FD int aux = row->prep();
	FT_FD int fd = FT_SYS(row->make(aux));
	if (row->cloexec)
		FT_FLAG_SET(ft_getfd(fd), FD_CLOEXEC);
	else
		FT_FLAG_CLEAR(ft_getfd(fd), FD_CLOEXEC);
}

FT_TABLE(across_exec, mount_fd_kinds)
{
	struct ft_probe p;
	mount_enter();
	FT_FD int aux = row->prep();
	FT_FD int fd = FT_SYS(row->make(aux));
	ft_exec_probe(&p, NULL, NULL);
	if (row->cloexec)
		EX_GONE(&p, fd);
	else
		EX_KEPT(&p, fd);
}
