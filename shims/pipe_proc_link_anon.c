/*
 * shim pipe_proc_link_anon: readlink() of /proc/self/fd/N for a pipe end
 * reads "anon_inode:[pipe]" instead of "pipe:[INODE]", as an emulator
 * without real pipe inodes might show it.
 *
 * fdsuite-targets: pipe/proc_fd_link_names_pipe
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
	    fstat(atoi(path + strlen(pre)), &st) == 0 && S_ISFIFO(st.st_mode)) {
		const char *fake = "anon_inode:[pipe]";
		size_t len = strlen(fake) < n ? strlen(fake) : n;
		memcpy(buf, fake, len);
		return (ssize_t)len;
	}
	return real(path, buf, n);
}
