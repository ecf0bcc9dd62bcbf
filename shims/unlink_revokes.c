/*
 * shim unlink_revokes: after unlink() removes a name, every descriptor of
 * this process that refers to the removed inode is revoked (made to refer
 * to /dev/null with the same descriptor number and access mode), as a
 * runtime that ties open files to their names would do.  Reads through the
 * old descriptors then see end-of-file and writes vanish: an unlinked
 * file or FIFO is no longer usable through the descriptors open on it.
 *
 * fdsuite-targets: unlink/fifo_after_unlink unlink/read_after_unlink
 * fdsuite-targets: unlink/write_after_unlink unlink/fork_child_uses_file
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "next.h"

static void revoke_all(const struct stat *st)
{
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		return;
	struct dirent *e;
	struct stat f;
	while ((e = readdir(d))) {
		int fd = atoi(e->d_name);
		if (e->d_name[0] == '.' || fd == dirfd(d) || fstat(fd, &f) == -1 ||
		    f.st_dev != st->st_dev || f.st_ino != st->st_ino)
			continue;
		int fl = fcntl(fd, F_GETFL), fdfl = fcntl(fd, F_GETFD);
		int n = open("/dev/null", fl & O_ACCMODE);
		if (n >= 0) {
			dup2(n, fd);
			fcntl(fd, F_SETFD, fdfl);
			close(n);
		}
	}
	closedir(d);
}

int unlink(const char *path)
{
	__typeof__(&unlink) real = NEXT(unlink);
	struct stat st;
	int known = lstat(path, &st) == 0 && !S_ISDIR(st.st_mode);
	int r = real(path);
	if (r == 0 && known)
		revoke_all(&st);
	return r;
}
