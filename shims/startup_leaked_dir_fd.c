/*
 * shim startup_leaked_dir_fd: the program starts holding a descriptor it
 * was never told about, as runc before 1.1.12 handed containers an open
 * /sys/fs/cgroup directory (CVE-2024-21626).  A constructor, which runs
 * before the program's own, opens that directory ("/" where it is missing)
 * without O_CLOEXEC.
 *
 * fdsuite-targets: startup/inherited_fds
 */
#include <fcntl.h>

__attribute__((constructor)) static void leak(void)
{
	if (open("/sys/fs/cgroup", O_RDONLY | O_DIRECTORY) == -1)
		open("/", O_RDONLY | O_DIRECTORY);
}
