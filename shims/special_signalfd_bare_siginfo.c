/*
 * shim special_signalfd_bare_siginfo: signalfd reads deliver only the
 * signal number and code: the sender's PID and UID and the sigqueue value
 * come back as zero, as in an emulation that does not carry siginfo.
 *
 * fdsuite-targets: special/signalfd_reads_blocked_signal
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>
#include "anon_inode.h"

#include "next.h"

ssize_t read(int fd, void *buf, size_t count)
{
	__typeof__(&read) real = NEXT(read);
	ssize_t r = real(fd, buf, count);
	if (r > 0 && shim_is_anon(fd, "signalfd")) {
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
