/*
 * anon/userfaultfd_read_states - a userfaultfd must be set up with the
 * UFFDIO_API handshake before it can be read: read() before it is
 * EINVAL.  After it, a descriptor made with O_NONBLOCK reports no fault
 * pending with EAGAIN, and poll() finds it not readable; poll() on one
 * made without O_NONBLOCK always reports POLLERR.  The flag
 * UFFD_USER_MODE_ONLY (Linux 5.11) is accepted along with O_CLOEXEC and
 * makes an ordinary close-on-exec descriptor.
 */
#include "anon.h"
#include <linux/userfaultfd.h>
#include <poll.h>

FT_CASE("a userfaultfd is readable only after UFFDIO_API; O_NONBLOCK reads with no fault are EAGAIN",
	"userfaultfd(2) DESCRIPTION (O_NONBLOCK, UFFD_USER_MODE_ONLY: Linux 5.11), \"Reading from the userfaultfd structure\" (EINVAL before UFFDIO_API; POLLERR without O_NONBLOCK); ioctl_userfaultfd(2) (UFFDIO_API)");

static void handshake(int fd)
{
	struct uffdio_api api = { .api = UFFD_API };
	FT_SYS(ioctl(fd, UFFDIO_API, &api));
	FT_EQ(api.api, UFFD_API);
}

FT_POINT(read_before_api_einval)
{
	FT_FD int fd = anon_userfaultfd(ANON_CLOEXEC | ANON_NONBLOCK);
	struct uffd_msg m;
	FT_ERRNO(read(fd, &m, sizeof m), EINVAL);
}

FT_POINT(nonblocking_read_no_fault_eagain)
{
	FT_FD int fd = anon_userfaultfd(ANON_CLOEXEC | ANON_NONBLOCK);
	handshake(fd);
	struct uffd_msg m;
	FT_ERRNO_ANY(read(fd, &m, sizeof m), EAGAIN, EWOULDBLOCK);
	FT_EQ(ft_poll_in(fd, 0), 0);
}

FT_POINT(user_mode_only_cloexec)
{
	FT_FD int any = anon_userfaultfd(ANON_CLOEXEC); /* skips where absent */
	FT_FD int fd = FT_NEED_FLAG(syscall(SYS_userfaultfd, O_CLOEXEC | UFFD_USER_MODE_ONLY),
				    "userfaultfd UFFD_USER_MODE_ONLY", "Linux 5.11");
	FT_FLAG_SET(ft_getfd(fd), FD_CLOEXEC);
	FT_FLAG_CLEAR(ft_getfl(fd), O_NONBLOCK);
	handshake(fd);
}

FT_POINT(blocking_descriptor_polls_pollerr)
{
	FT_FD int fd = anon_userfaultfd(ANON_CLOEXEC);
	handshake(fd);
	struct pollfd p = { .fd = fd, .events = POLLIN };
	FT_EQ(poll(&p, 1, 0), 1);
	FT_FLAG_SET(p.revents, POLLERR);
}
