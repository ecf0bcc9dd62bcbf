/*
 * shim pipe_fcntl_one_description: the two ends of a pipe behave as one
 * open file description: F_GETFL reports O_RDWR for either end, and
 * F_SETFL on one end is applied to every descriptor of the process open on
 * the same pipe.
 *
 * fdsuite-targets: pipe/getfl_access_modes pipe/ends_have_separate_status_flags pipe/ends_share_inode
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/resource.h>
#include <sys/stat.h>

static int shim(const char *name, int fd, int cmd, void *arg)
{
	int (*real)(int, int, ...) = (int (*)(int, int, ...))dlsym(RTLD_NEXT, name);
	struct stat st;
	if ((cmd != F_GETFL && cmd != F_SETFL) || fstat(fd, &st) != 0 ||
	    !S_ISFIFO(st.st_mode))
		return real(fd, cmd, arg);
	if (cmd == F_GETFL) {
		int r = real(fd, cmd);
		return r == -1 ? r : ((r & ~O_ACCMODE) | O_RDWR);
	}
	int r = real(fd, cmd, (int)(long)arg);
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
			real(o, F_SETFL, (int)(long)arg);
	}
	return r;
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	return shim("fcntl", fd, cmd, arg);
}

int fcntl64(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	return shim("fcntl64", fd, cmd, arg);
}
