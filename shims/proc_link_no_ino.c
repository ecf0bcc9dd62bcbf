/*
 * shim proc_link_no_ino: readlink() of /proc/self/fd/N for pipes and
 * sockets puts the descriptor number where the inode number belongs
 * ("pipe:[N]"), and for anonymous inodes drops the square brackets
 * ("anon_inode:eventfd"), as an emulator with its own formatting would.
 *
 * fdsuite-targets: proc/link_pipe proc/link_socket proc/link_anon_inode
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "next.h"

ssize_t readlink(const char *path, char *out, size_t n)
{
	__typeof__(&readlink) real = NEXT(readlink);
	char t[256], fixed[256];
	int fd, used = 0;
	ssize_t r = real(path, t, sizeof t - 1);
	if (r < 0 || sscanf(path, "/proc/self/fd/%d%n", &fd, &used) != 1 || path[used])
		return r < 0 ? r : real(path, out, n);
	t[r] = 0;
	char type[32], anon[64];
	unsigned long ino;
	if (sscanf(t, "anon_inode:[%63[^]]]", anon) == 1)
		snprintf(fixed, sizeof fixed, "anon_inode:%s", anon);
	else if (sscanf(t, "%31[a-z]:[%lu]", type, &ino) == 2)
		snprintf(fixed, sizeof fixed, "%s:[%d]", type, fd);
	else
		return real(path, out, n);
	size_t len = strlen(fixed) < n ? strlen(fixed) : n;
	memcpy(out, fixed, len);
	return (ssize_t)len;
}
