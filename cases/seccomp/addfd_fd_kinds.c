/*
 * seccomp/addfd_fd_kinds - ADDFD installs a descriptor of any type: for
 * each kind (regular file, directory, pipe ends, FIFO, sockets, character
 * device, eventfd, timerfd, signalfd, epoll, inotify, memfd, pidfd) the
 * target's new descriptor names the very file the supervisor's does (same
 * device, inode and file type).
 */
#include "seccomp.h"

FT_CASE("ADDFD installs the supervisor's file whatever its type",
	"seccomp_unotify(2) \"SECCOMP_IOCTL_NOTIF_ADDFD\" (duplicating a "
	"descriptor into the target; Linux 5.9)");

static void target_report(int ctl, void *arg)
{
	int fd = sn_trap();
	FT_GE(fd, 0);
	sn_tell_file(ctl, fd);
	close(fd);
}

FT_TABLE(same_file, ft_fd_kinds)
{
	FT_FD int file = row->open();
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, target_report, NULL);
	uint64_t id = sn_recv(&t);
	int fd = sn_addfd(&t, id, file, 0, 0, O_CLOEXEC);
	sn_send(&t, id, fd);
	sn_hear_same_file(t.ctl, file);
	sn_finish(&t);
}
