/*
 * shim unlink_rename_copies: rename() of a regular file is done by copying
 * it, the way mv does across filesystems: the target is opened with
 * O_TRUNC (so an existing target inode is overwritten in place), the data
 * is copied and the source is unlinked.  A descriptor open on the renamed
 * file is then left on a deleted inode, and a descriptor open on a file
 * that was renamed over sees the new contents.
 *
 * fdsuite-targets: unlink/rename_keeps_inode
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "next.h"

static int copy_rename(int od, const char *from, int nd, const char *to)
{
	int in = openat(od, from, O_RDONLY | O_CLOEXEC);
	if (in == -1)
		return -1;
	struct stat st;
	fstat(in, &st);
	int out = openat(nd, to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, st.st_mode & 07777);
	if (out == -1) {
		close(in);
		return -1;
	}
	char buf[65536];
	ssize_t n;
	while ((n = read(in, buf, sizeof buf)) > 0)
		if (write(out, buf, (size_t)n) != n)
			break;
	close(out);
	close(in);
	return unlinkat(od, from, 0);
}

static int is_reg(int dirfd, const char *path)
{
	struct stat st;
	return fstatat(dirfd, path, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode);
}

int rename(const char *from, const char *to)
{
	__typeof__(&rename) real = NEXT(rename);
	if (is_reg(AT_FDCWD, from))
		return copy_rename(AT_FDCWD, from, AT_FDCWD, to);
	return real(from, to);
}

int renameat(int od, const char *from, int nd, const char *to)
{
	__typeof__(&renameat) real = NEXT(renameat);
	if (is_reg(od, from))
		return copy_rename(od, from, nd, to);
	return real(od, from, nd, to);
}
