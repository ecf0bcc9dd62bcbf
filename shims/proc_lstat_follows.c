/*
 * shim proc_lstat_follows: lstat() of /proc/PID/fd/N follows the link and
 * reports the open file, as if the entries were hard links rather than
 * symbolic links (an emulator presenting them as the files themselves).
 *
 * fdsuite-targets: proc/fd_entry_stat
 */
#include <string.h>
#include <sys/stat.h>

#include "next.h"

static int is_fd_entry(const char *path)
{
	return path && !strncmp(path, "/proc/", 6) && strstr(path, "/fd/");
}

int lstat(const char *path, struct stat *st)
{
	__typeof__(&lstat) real = NEXT(lstat);
	return is_fd_entry(path) ? stat(path, st) : real(path, st);
}

int lstat64(const char *path, struct stat64 *st)
{
	return lstat(path, (struct stat *)st);
}
