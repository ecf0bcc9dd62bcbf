/*
 * shim special_signalfd_bare_siginfo: signalfd reads deliver only the
 * signal number and code: the sender's PID and UID and the sigqueue value
 * come back as zero, as in an emulation that does not carry siginfo.
 *
 * fdsuite-targets: special/signalfd_reads_blocked_signal
 */
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>

static int is_signalfd(int fd)
{
	char p[64], l[64];
	snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
	int saved = errno;
	ssize_t n = readlink(p, l, sizeof l - 1);
	errno = saved;
	if (n <= 0)
		return 0;
	l[n] = 0;
	return strcmp(l, "anon_inode:[signalfd]") == 0;
}

ssize_t read(int fd, void *buf, size_t count)
{
	static ssize_t (*real)(int, void *, size_t);
	if (!real)
		real = (ssize_t (*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
	ssize_t r = real(fd, buf, count);
	if (r > 0 && is_signalfd(fd)) {
		struct signalfd_siginfo *si = buf;
		for (ssize_t i = 0; i < r / (ssize_t)sizeof *si; i++) {
			si[i].ssi_pid = 0;
			si[i].ssi_uid = 0;
			si[i].ssi_int = 0;
			si[i].ssi_ptr = 0;
		}
	}
	return r;
}
