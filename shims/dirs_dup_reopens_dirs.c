/*
 * shim dirs_dup_reopens_dirs: dup() of a directory descriptor opens the
 * directory again (through /proc/self/fd/N) instead of duplicating the
 * descriptor, as a runtime that models directory descriptors as paths
 * would.  The copy then has its own getdents position.
 *
 * fdsuite-targets: dirs/dup_shares_getdents_pos
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "next.h"

int dup(int fd)
{
	__typeof__(&dup) real = NEXT(dup);
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		char p[64];
		snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
		return open(p, O_RDONLY | O_DIRECTORY);
	}
	return real(fd);
}
