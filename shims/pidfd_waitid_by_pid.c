/*
 * shim pidfd_waitid_by_pid: waitid(P_PIDFD) is emulated with P_PID on the
 * PID read from the pidfd's fdinfo, the way a runtime without P_PIDFD
 * might: a nonblocking pidfd only adds WNOHANG (a running child gives 0,
 * never EAGAIN), WNOWAIT is dropped (the first look reaps), and a process
 * that is not the caller's child is waited for as "any child" (P_ALL).
 *
 * fdsuite-targets: pidfd/waitid_nonblock pidfd/waitid_pidfd_fields
 * fdsuite-targets: pidfd/waitid_pidfd_echild
 */
#include <sys/wait.h>
#include "pidfd_hook.h"

#include "next.h"

#ifndef P_PIDFD
#define P_PIDFD 3
#endif

/* Whether pid's parent is this process, from /proc/PID/stat. */
static int is_my_child(int pid)
{
	char path[64], buf[512];
	snprintf(path, sizeof path, "/proc/%d/stat", pid);
	FILE *f = fopen(path, "re");
	if (!f)
		return 0;
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = 0;
	char *close_paren = strrchr(buf, ')');
	int ppid = 0;
	if (close_paren)
		sscanf(close_paren + 2, "%*c %d", &ppid);
	return ppid == getpid();
}

int waitid(idtype_t type, id_t id, siginfo_t *info, int options)
{
	__typeof__(&waitid) real = NEXT(waitid);
	if ((int)type == P_PIDFD) {
		int fd = (int)id;
		int pid = hook_pid_of(fd);
		int fl = fcntl(fd, F_GETFL);
		if (fl != -1 && (fl & O_NONBLOCK))
			options |= WNOHANG;
		options &= ~WNOWAIT;
		if (pid > 0 && is_my_child(pid))
			return real(P_PID, (id_t)pid, info, options);
		return real(P_ALL, 0, info, options);
	}
	return real(type, id, info, options);
}
