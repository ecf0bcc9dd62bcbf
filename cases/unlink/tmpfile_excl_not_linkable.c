/*
 * unlink/tmpfile_excl_not_linkable - O_TMPFILE together with O_EXCL makes a
 * temporary file that can never get a name: linkat through
 * /proc/self/fd/N with AT_SYMLINK_FOLLOW and linkat with AT_EMPTY_PATH
 * both fail with ENOENT and no directory entry appears.
 *
 * Cites: open(2) DESCRIPTION "O_TMPFILE" (O_EXCL prevents linking; Linux
 * 3.11); linkat(2) ERRORS "ENOENT".
 */
#include "unlink.h"

FT_CASE("an O_TMPFILE|O_EXCL file cannot be linked (ENOENT)",
	"open(2) O_TMPFILE (Linux 3.11); linkat(2) ERRORS ENOENT");

FT_POINT(proc_link_enoent)
{
	unlink_need_proc();
	FT_FD int fd = unlink_tmpfile(O_EXCL);
	FT_EQ(unlink_nlink(fd), 0);
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	FT_ERRNO(linkat(AT_FDCWD, path, AT_FDCWD, "named", AT_SYMLINK_FOLLOW), ENOENT);
	FT_EQ(unlink_count_entries(), 0);
}

FT_POINT(empty_path_enoent)
{
	unlink_need_dac_read_search();
	FT_FD int fd = unlink_tmpfile(O_EXCL);
	FT_ERRNO(linkat(fd, "", AT_FDCWD, "named", AT_EMPTY_PATH), ENOENT);
	FT_EQ(unlink_count_entries(), 0);
}

FT_POINT(without_excl_links)
{
	/* the same call on a plain O_TMPFILE file works: the ENOENT above
	   comes from O_EXCL, not from the method */
	unlink_need_proc();
	FT_FD int fd = unlink_tmpfile(0);
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	FT_SYS(linkat(AT_FDCWD, path, AT_FDCWD, "named", AT_SYMLINK_FOLLOW));
	FT_EQ(unlink_count_entries(), 1);
}
