/*
 * errno_order/epoll_ctl_pairs - which error epoll_ctl(2) returns when two
 * apply: Linux looks up epfd and fd first (EBADF), then asks whether fd
 * can be polled (EPERM), then whether epfd is an epoll instance distinct
 * from fd (EINVAL), then the operation (EINVAL); the event structure is
 * read before any of that (EFAULT).  EPOLL_CTL_DEL takes a NULL event.
 *
 * Cites: epoll_ctl(2) ERRORS (EBADF, EINVAL, ENOENT, EPERM) and BUGS
 * (event may be NULL for EPOLL_CTL_DEL since Linux 2.6.9).  The order is
 * the kernel's: the epoll_ctl system call copies the event first, then
 * do_epoll_ctl() runs fdget(epfd), fdget(fd), file_can_poll(),
 * is_file_epoll(), and the switch on op.
 */
#include "errno_order.h"
#include <sys/epoll.h>

FT_CASE("epoll_ctl reports EBADF, then EPERM, then EINVAL when several apply",
	"epoll_ctl(2) ERRORS, BUGS; kernel do_epoll_ctl()");

static const char *src = "fs/eventpoll.c epoll_ctl copy_from_user, do_epoll_ctl: fdget, fdget, file_can_poll, is_file_epoll, op";
#define BAD_OP 999

struct fds {
	int ep, file, p[2];
};

static struct fds setup(void)
{
	struct fds f;
	f.ep = FT_SYS(epoll_create1(EPOLL_CLOEXEC));
	f.file = ft_tmpfile("x", NULL);
	FT_SYS(pipe2(f.p, O_CLOEXEC));
	return f;
}

static void done(struct fds *f)
{
	close(f->ep);
	close(f->file);
	close(f->p[0]);
	close(f->p[1]);
}

FT_POINT(each_error_alone)
{
	struct fds f = setup();
	struct epoll_event ev = { .events = EPOLLIN };
	FT_ERRNO(epoll_ctl(eo_closed_fd(), EPOLL_CTL_ADD, f.p[0], &ev), EBADF);
	FT_ERRNO(epoll_ctl(f.ep, EPOLL_CTL_ADD, f.file, &ev), EPERM);
	FT_ERRNO(epoll_ctl(f.p[1], EPOLL_CTL_ADD, f.p[0], &ev), EINVAL);
	FT_ERRNO(epoll_ctl(f.ep, BAD_OP, f.p[0], &ev), EINVAL);
	FT_ERRNO(epoll_ctl(f.ep, EPOLL_CTL_DEL, f.p[0], NULL), ENOENT);
	done(&f);
}

FT_POINT(closed_fd_before_not_epoll)
{
	struct fds f = setup();
	struct epoll_event ev = { .events = EPOLLIN };
	EO_KERNEL_ORDER(epoll_ctl(f.p[1], EPOLL_CTL_ADD, eo_closed_fd(), &ev), EBADF, EINVAL, src);
	EO_KERNEL_ORDER(epoll_ctl(f.ep, BAD_OP, eo_closed_fd(), &ev), EBADF, EINVAL, src);
	done(&f);
}

FT_POINT(not_pollable_before_not_epoll)
{
	struct fds f = setup();
	struct epoll_event ev = { .events = EPOLLIN };
	EO_KERNEL_ORDER(epoll_ctl(f.p[1], EPOLL_CTL_ADD, f.file, &ev), EPERM, EINVAL, src);
	EO_KERNEL_ORDER(epoll_ctl(f.ep, BAD_OP, f.file, &ev), EPERM, EINVAL, src);
	done(&f);
}

FT_POINT(bad_event_before_bad_fd)
{
	struct fds f = setup();
	EO_KERNEL_ORDER(epoll_ctl(eo_closed_fd(), EPOLL_CTL_ADD, f.p[0], EO_BAD_PTR), EFAULT, EBADF, src);
	EO_KERNEL_ORDER(epoll_ctl(f.ep, EPOLL_CTL_MOD, eo_closed_fd(), EO_BAD_PTR), EFAULT, EBADF, src);
	done(&f);
}
