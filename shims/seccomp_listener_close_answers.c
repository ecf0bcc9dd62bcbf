/*
 * shim seccomp_listener_close_answers: closing a listener first answers a
 * pending notification with EPERM, so a target blocked in a trapped call
 * sees EPERM where the kernel gives ENOSYS (no supervisor left).
 *
 * fdsuite-targets: seccomp/listener_close_unblocks
 */
#include <poll.h>
#include "seccomp_hook.h"

struct shim_notif {
	uint64_t id;
	uint32_t pid, flags;
	char data[64];
};
#define SHIM_IOCTL_RECV _IOWR('!', 0, struct shim_notif)

int close(int fd)
{
	if (shim_is_listener(fd)) {
		struct pollfd p = { fd, POLLIN, 0 };
		if (poll(&p, 1, 0) == 1 && (p.revents & POLLIN)) {
			struct shim_notif n;
			memset(&n, 0, sizeof n);
			if (real_ioctl(fd, SHIM_IOCTL_RECV, &n) == 0) {
				struct shim_resp r = { .id = n.id, .error = -EPERM };
				real_ioctl(fd, SHIM_IOCTL_SEND, &r);
			}
		}
	}
	return (int)syscall(SYS_close, fd);
}
