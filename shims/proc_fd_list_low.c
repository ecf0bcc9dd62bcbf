/*
 * shim proc_fd_list_low: readdir() of /proc/PID/fd and /proc/PID/fdinfo
 * leaves out every descriptor numbered 1024 or higher, as a runtime whose
 * synthetic /proc walks only an fd_set-sized table would.
 *
 * fdsuite-targets: proc/fd_lists_high_fds
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "next.h"

static int is_fd_dir(DIR *d)
{
	char p[64], t[256];
	snprintf(p, sizeof p, "/proc/self/fd/%d", dirfd(d));
	ssize_t n = readlink(p, t, sizeof t - 1);
	if (n < 0)
		return 0;
	t[n] = 0;
	const char *s = strrchr(t, '/');
	return !strncmp(t, "/proc/", 6) && s && (!strcmp(s, "/fd") || !strcmp(s, "/fdinfo"));
}

struct dirent *readdir(DIR *d)
{
	__typeof__(&readdir) real = NEXT(readdir);
	struct dirent *e;
	int skip = is_fd_dir(d);
	while ((e = real(d)) && skip && atoi(e->d_name) >= 1024)
		;
	return e;
}

struct dirent64 *readdir64(DIR *d)
{
	return (struct dirent64 *)readdir(d);
}
