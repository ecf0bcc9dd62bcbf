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
#include <dirent.h>
#include <dlfcn.h>
#include <stdlib.h>
#include <sys/socket.h>
#include "anon_fds.h"

#include "recvmsg_hook.h"

pid_t fork(void)
{
	pid_t (*real)(void) = (pid_t(*)(void))dlsym(RTLD_NEXT, "fork");
	pid_t pid = real();
	if (pid != 0)
		return pid;
	int fds[256], n = 0;
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		return 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 256)
		if (e->d_name[0] >= '0' && e->d_name[0] <= '9')
			fds[n++] = atoi(e->d_name);
	int self = dirfd(d);
	for (int i = 0; i < n; i++)
		if (fds[i] > 2 && fds[i] != self)
			shim_anon_replace(fds[i]);
	closedir(d);
	return 0;
}

static ssize_t on_recvmsg(int s, struct msghdr *m, int flags)
{
	ssize_t r = real_recvmsg(s, m, flags);
	if (r < 0 || !m->msg_control)
		return r;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(m); c; c = CMSG_NXTHDR(m, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		int n = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
		for (int i = 0; i < n; i++) {
			int fd;
			memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
			shim_anon_replace(fd);
		}
	}
	return r;
}
