/*
 * shim pipe_fcntl_one_description: the two ends of a pipe behave as one
 * open file description: F_GETFL reports O_RDWR for either end, and
 * F_SETFL on one end is applied to every descriptor of the process open on
 * the same pipe.
 *
 * fdsuite-targets: pipe/getfl_access_modes pipe/ends_have_separate_status_flags pipe/ends_share_inode
 */
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	struct stat st;
	if ((cmd != F_GETFL && cmd != F_SETFL) || fstat(fd, &st) != 0 ||
	    !S_ISFIFO(st.st_mode))
		return real_fcntl(fd, cmd, arg);
	if (cmd == F_GETFL) {
		int r = real_fcntl(fd, cmd, 0);
		return r == -1 ? r : ((r & ~O_ACCMODE) | O_RDWR);
	}
	int r = real_fcntl(fd, cmd, (int)arg);
	if (r == -1)
		return r;
	struct rlimit rl;
	int max = 1024;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < 65536)
		max = (int)rl.rlim_cur;
	for (int o = 0; o < max; o++) {
		struct stat ost;
		if (o != fd && fstat(o, &ost) == 0 && ost.st_ino == st.st_ino &&
		    ost.st_dev == st.st_dev)
			real_fcntl(o, F_SETFL, (int)arg);
	}
	return r;
}
