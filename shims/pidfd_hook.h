/*
 * pidfd_hook.h - small helpers for the shims that break PID file
 * descriptors: the PID a pidfd names, and moving a new descriptor off the
 * number the kernel chose.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The "Pid:" of a pidfd in /proc/self/fdinfo; 0 if fd is no pidfd (or
   /proc is missing), -1 for a reaped process. */
static inline int hook_pid_of(int fd)
{
	char path[64], line[128];
	snprintf(path, sizeof path, "/proc/self/fdinfo/%d", fd);
	FILE *f = fopen(path, "re");
	int pid = 0;
	if (!f)
		return 0;
	while (fgets(line, sizeof line, f))
		if (strncmp(line, "Pid:", 4) == 0)
			pid = atoi(line + 4);
	fclose(f);
	return pid;
}

/* Moves fd above its number, close-on-exec clear (the lowest free number
   and the flag a correct call gives are both lost); returns the new
   number, or fd where it cannot be moved. */
static inline int hook_move_high(int fd)
{
	if (fd < 0)
		return fd;
	int hi = fcntl(fd, F_DUPFD, fd + 1);
	if (hi < 0)
		return fd;
	close(fd);
	return hi;
}
