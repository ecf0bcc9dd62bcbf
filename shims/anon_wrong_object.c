/*
 * shim anon_wrong_object: fanotify_init, userfaultfd,
 * landlock_create_ruleset and memfd_secret hand back an eventfd (with the
 * close-on-exec and non-blocking flags asked for) instead of the object
 * asked for: the descriptor's number and flags look right, but it is not
 * a fanotify group, a userfaultfd, a ruleset or a secret area.
 *
 * fdsuite-targets: anon/proc_fd_link anon/landlock_restrict_by_passed_fd
 * fdsuite-targets: anon/userfaultfd_read_states anon/fanotify_event_fd
 */
#include <sys/eventfd.h>
#include "anon_fds.h"
#include "syscall_hook.h"

static int fake(int cloexec, int nonblock)
{
	return eventfd(0, (cloexec ? EFD_CLOEXEC : 0) | (nonblock ? EFD_NONBLOCK : 0));
}

int fanotify_init(unsigned flags, unsigned event_f_flags)
{
	return fake(flags & 0x1u, flags & 0x2u); /* FAN_CLOEXEC, FAN_NONBLOCK */
}

static long on_syscall(long n, long a[6])
{
	if (n == SYS_userfaultfd || n == SYS_memfd_secret)
		return fake(a[0] & O_CLOEXEC, a[0] & O_NONBLOCK);
	if (n == SYS_landlock_create_ruleset && a[2] == 0)
		return fake(1, 0);
	return real_syscall(n, a);
}
