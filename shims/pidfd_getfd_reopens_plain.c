/*
 * shim pidfd_getfd_reopens_plain: pidfd_getfd() reopens the target
 * through /proc/PID/fd/N where it can (a new open file description,
 * close-on-exec clear) and otherwise makes the real call with flags
 * forced to 0 and moves the result to a higher number, close-on-exec
 * clear: sharing, the flag, the lowest number and the EINVAL for flags
 * are all lost.
 *
 * fdsuite-targets: pidfd/getfd_across_types pidfd/getfd_errors
 */
#include "pidfd_hook.h"

#include "next.h"

/* The access mode of fd in process pid, from its fdinfo; -1 if unknown. */
static int accmode_of(int pid, int fd)
{
	char path[96], line[128];
	snprintf(path, sizeof path, "/proc/%d/fdinfo/%d", pid, fd);
	FILE *f = fopen(path, "re");
	int v = -1;
	if (!f)
		return -1;
	while (fgets(line, sizeof line, f))
		if (strncmp(line, "flags:", 6) == 0)
			v = (int)strtol(line + 6, NULL, 8) & O_ACCMODE;
	fclose(f);
	return v;
}

int pidfd_getfd(int pidfd, int targetfd, unsigned int flags)
{
	__typeof__(&pidfd_getfd) real = NEXT(pidfd_getfd);
	int pid = hook_pid_of(pidfd);
	if (pid > 0) {
		int mode = accmode_of(pid, targetfd);
		char path[96];
		snprintf(path, sizeof path, "/proc/%d/fd/%d", pid, targetfd);
		int fd = mode < 0 ? -1 : open(path, mode);
		if (fd >= 0)
			return fd;
	}
	return hook_move_high(real(pidfd, targetfd, 0));
}
