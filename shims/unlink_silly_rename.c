/*
 * shim unlink_silly_rename: unlink() of a file that this process still has
 * open does not remove it but renames it to a hidden name in the same
 * directory, the way NFS clients do ("silly rename"); rmdir() of a
 * directory this process holds open does the same.  The file then keeps a
 * link (st_nlink stays 1), its /proc/self/fd link names the hidden path,
 * it can be linked again, and its blocks stay in use after the last close;
 * the "removed" directory still lists "." and ".." and accepts new entries.
 * Names that no descriptor of this process refers to are removed normally
 * (so the harness's clean-up still works).
 *
 * fdsuite-targets: unlink/fstat_nlink_zero unlink/proc_link_deleted
 * fdsuite-targets: unlink/space_released_on_last_close unlink/deleted_not_relinkable
 * fdsuite-targets: unlink/removed_dir_lists_nothing unlink/removed_dir_refuses_entries
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "next.h"

/* 1 if some descriptor of this process refers to st's inode. */
static int held_open(const struct stat *st)
{
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		return 0;
	int found = 0;
	struct dirent *e;
	struct stat f;
	while (!found && (e = readdir(d)))
		if (e->d_name[0] != '.' && atoi(e->d_name) != dirfd(d) &&
		    fstat(atoi(e->d_name), &f) == 0)
			found = f.st_dev == st->st_dev && f.st_ino == st->st_ino;
	closedir(d);
	return found;
}

/* Renames dirfd/path to a hidden name beside it if it is held open;
   returns 1 when it did. */
static int silly(int dirfd, const char *path, int want_dir)
{
	struct stat st;
	if (fstatat(dirfd, path, &st, AT_SYMLINK_NOFOLLOW) == -1 ||
	    (S_ISDIR(st.st_mode) ? 1 : 0) != want_dir || !held_open(&st))
		return 0;
	char to[4096];
	const char *slash = strrchr(path, '/');
	int dlen = slash ? (int)(slash - path) + 1 : 0;
	snprintf(to, sizeof to, "%.*s.fdsuite-silly-%llu", dlen, path,
		 (unsigned long long)st.st_ino);
	return renameat(dirfd, path, dirfd, to) == 0;
}

int unlink(const char *path)
{
	__typeof__(&unlink) real = NEXT(unlink);
	return silly(AT_FDCWD, path, 0) ? 0 : real(path);
}

int rmdir(const char *path)
{
	__typeof__(&rmdir) real = NEXT(rmdir);
	return silly(AT_FDCWD, path, 1) ? 0 : real(path);
}

int unlinkat(int dirfd, const char *path, int flags)
{
	__typeof__(&unlinkat) real = NEXT(unlinkat);
	return silly(dirfd, path, !!(flags & AT_REMOVEDIR)) ? 0 : real(dirfd, path, flags);
}
