/*
 * unlink/deleted_not_relinkable - an ordinary file whose last name has been
 * unlinked cannot be given a name again, even though it is still open:
 * linkat through /proc/self/fd/N with AT_SYMLINK_FOLLOW and linkat with
 * AT_EMPTY_PATH fail with ENOENT (only O_TMPFILE files are the exception).
 *
 * Cites: linkat(2) ERRORS "ENOENT" (linking a /proc/self/fd file of a
 * deleted file) and "AT_EMPTY_PATH" (link count zero); unlink(2)
 * DESCRIPTION.
 */
#include "unlink.h"

FT_CASE("an unlinked open file cannot be linked back into the filesystem",
	"linkat(2) ERRORS ENOENT, AT_EMPTY_PATH; unlink(2) DESCRIPTION");

FT_POINT(proc_link_enoent)
{
	unlink_need_proc();
	FT_FD int fd = unlink_mkfile("f", "gone");
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	FT_SYS(linkat(AT_FDCWD, path, AT_FDCWD, "before", AT_SYMLINK_FOLLOW));
	FT_SYS(unlink("before"));
	FT_SYS(unlink("f"));
	FT_ERRNO(linkat(AT_FDCWD, path, AT_FDCWD, "after", AT_SYMLINK_FOLLOW), ENOENT);
	FT_EQ(unlink_count_entries(), 0);
}

FT_POINT(empty_path_enoent)
{
	unlink_need_dac_read_search();
	FT_FD int fd = unlink_mkfile("f", "gone");
	FT_SYS(unlink("f"));
	FT_ERRNO(linkat(fd, "", AT_FDCWD, "after", AT_EMPTY_PATH), ENOENT);
	FT_EQ(unlink_count_entries(), 0);
}
