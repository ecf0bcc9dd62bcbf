/*
 * shim special_pidfd_signal_via_sigqueue: pidfd_send_signal() looks up the
 * PID behind the pidfd and sends with sigqueue(3), ignoring info and
 * flags: the receiver sees SI_QUEUE instead of the kill(2)-like SI_USER,
 * and unknown flags are not rejected.
 *
 * fdsuite-targets: special/pidfd_send_signal
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pidfd_hook.h"

int pidfd_send_signal(int pidfd, int sig, siginfo_t *info, unsigned int flags)
{
	(void)info;
	(void)flags;
	int pid = hook_pid_of(pidfd);
	if (pid <= 0) { /* never let a bad lookup become kill(-1, ...) */
		errno = ESRCH;
		return -1;
	}
	union sigval v = { 0 };
	return sigqueue(pid, sig, v);
}
