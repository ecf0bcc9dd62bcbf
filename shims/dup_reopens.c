/*
 * shim dup_reopens: dup() returns a descriptor on a *new* open file
 * description (a reopen of /proc/self/fd/N with the same access mode),
 * the way a broken emulator that models fds as paths would.  Offsets and
 * status flags are then no longer shared between the two descriptors.
 *
 * fdsuite-targets: dup/shares_offset dup/shares_status_flags
 * fdsuite-targets: dup/close_one_keeps_other dup/o_path_survives_dup
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int dup(int oldfd)
{
	char path[64];
	int fl = fcntl(oldfd, F_GETFL);
	if (fl == -1)
		return -1;
	snprintf(path, sizeof path, "/proc/self/fd/%d", oldfd);
	return open(path, fl & (O_ACCMODE | O_APPEND | O_NONBLOCK));
}
