/*
 * errno_order/execveat_pairs - execveat(2) rejects unknown flags (EINVAL)
 * before it resolves the path, so a bad flag with a closed dirfd, a
 * non-directory dirfd or a missing file still gives EINVAL; without a bad
 * flag a relative path with a closed dirfd is EBADF and with a regular
 * file as dirfd ENOTDIR, and the empty path with AT_EMPTY_PATH on a
 * closed number is EBADF.
 *
 * Cites: execveat(2) ERRORS (EBADF, EINVAL, ENOTDIR; Linux 3.19).  The
 * order is the kernel's: do_open_execat() checks the flags before it
 * opens the path.
 */
#include "errno_order.h"
#include "../exec/image.h"

FT_CASE("execveat reports a bad flag before EBADF, ENOTDIR or ENOENT",
	"execveat(2) ERRORS (EBADF, EINVAL, ENOTDIR; Linux 3.19); kernel do_open_execat()");

static const char *src = "fs/exec.c do_open_execat(): flags checked before do_filp_open";
#define BAD_FLAG 0x40000000

FT_POINT(each_error_alone)
{
	FT_FD int f = ft_tmpfile("x", NULL);
	FT_FD int d = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_ERRNO(ex_run_at(eo_closed_fd(), "prog", 0), EBADF);
	FT_ERRNO(ex_run_at(f, "prog", 0), ENOTDIR);
	FT_ERRNO(ex_run_at(d, "prog", 0), ENOENT);
	FT_ERRNO(ex_run_at(d, "prog", BAD_FLAG), EINVAL);
	FT_ERRNO(ex_run_at(eo_closed_fd(), "", AT_EMPTY_PATH), EBADF);
}

FT_POINT(bad_flag_closed_dirfd)
{
	EO_KERNEL_ORDER(ex_run_at(eo_closed_fd(), "prog", BAD_FLAG), EINVAL, EBADF, src);
	EO_KERNEL_ORDER(ex_run_at(eo_closed_fd(), "", AT_EMPTY_PATH | BAD_FLAG), EINVAL, EBADF, src);
}

FT_POINT(bad_flag_not_directory)
{
	FT_FD int f = ft_tmpfile("x", NULL);
	EO_KERNEL_ORDER(ex_run_at(f, "prog", BAD_FLAG), EINVAL, ENOTDIR, src);
}

FT_POINT(bad_flag_missing_file)
{
	EO_KERNEL_ORDER(ex_run_at(AT_FDCWD, "missing", BAD_FLAG), EINVAL, ENOENT, src);
	EO_KERNEL_ORDER(ex_run_at(AT_FDCWD, "missing", AT_SYMLINK_NOFOLLOW | BAD_FLAG), EINVAL, ENOENT, src);
}
