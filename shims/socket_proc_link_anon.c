/*
 * shim socket_proc_link_anon: readlink() of /proc/self/fd/N for a socket
 * reads "anon_inode:[socket]" instead of "socket:[INODE]".
 *
 * fdsuite-targets: socket/proc_fd_link_names_socket
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "next.h"

ssize_t readlink(const char *path, char *buf, size_t n)
{
	__typeof__(&readlink) real = NEXT(readlink);
	const char *pre = "/proc/self/fd/";
	struct stat st;
	if (strncmp(path, pre, strlen(pre)) == 0 &&
	    fstat(atoi(path + strlen(pre)), &st) == 0 && S_ISSOCK(st.st_mode)) {
		const char *fake = "anon_inode:[socket]";
		size_t len = strlen(fake) < n ? strlen(fake) : n;
		memcpy(buf, fake, len);
		return (ssize_t)len;
	}
	return real(path, buf, n);
}
