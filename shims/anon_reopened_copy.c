/*
 * shim anon_reopened_copy: a forked child's fanotify, userfaultfd,
 * Landlock ruleset and memfd_secret descriptors, and such descriptors
 * received with recvmsg(), are replaced by fresh objects of the same kind
 * under the same number - copies that are not the sender's (or the
 * parent's) open file description, as an emulator that recreates
 * descriptors instead of sharing them would make.
 *
 * fdsuite-targets: anon/fork_shares_description anon/scm_rights_passes
 * fdsuite-targets: anon/landlock_restrict_by_passed_fd
 */
#include <sys/socket.h>
#include "anon_fds.h"

#include "fork_reopen.h"
#include "recvmsg_hook.h"

static void on_fork_child_fd(int fd)
{
	shim_anon_replace(fd);
}

static int replace(int fd)
{
	shim_anon_replace(fd);
	return fd;
}

static ssize_t on_recvmsg(int s, struct msghdr *m, int flags)
{
	ssize_t r = real_recvmsg(s, m, flags);
	if (r >= 0)
		scm_map_fds(m, replace);
	return r;
}
