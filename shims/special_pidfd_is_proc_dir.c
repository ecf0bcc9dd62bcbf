/*
 * shim special_pidfd_is_proc_dir: pidfd_open() returns a descriptor on the
 * /proc/<pid> directory, the pre-5.3 way of holding on to a process: it is
 * always "readable", cannot be waited on, reads fail with EISDIR, and its
 * link is a path, not anon_inode:[pidfd].
 *
 * fdsuite-targets: special/pidfd_poll_exit special/pidfd_open_properties special/anon_inode_link_names
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/types.h>

int pidfd_open(pid_t pid, unsigned int flags)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d", (int)pid);
	return open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (flags & O_NONBLOCK));
}
