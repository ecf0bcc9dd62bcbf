/*
 * io_uring/ring_fd_cloexec - the ring descriptor io_uring_setup() returns
 * is always close-on-exec.  There is no IORING_SETUP_CLOEXEC flag and
 * io_uring_setup(2) says nothing about the flag: the kernel installs the
 * descriptor with O_CLOEXEC (get_unused_fd_flags(O_RDWR | O_CLOEXEC) in
 * io_uring/io_uring.c, io_uring_get_fd() in 5.1, io_uring_install_fd()
 * now), whatever setup flags are given.
 * So an exec'd image does not get the ring unless FD_CLOEXEC was cleared,
 * and a dup of the ring descriptor follows the dup family's rule.
 */
#include "io_uring.h"

FT_CASE("the io_uring ring descriptor is created close-on-exec",
	"io_uring_setup(2) DESCRIPTION and RETURN VALUE (no O_CLOEXEC flag; "
	"the kernel sets FD_CLOEXEC, io_uring/io_uring.c, since Linux 5.1); "
	"fcntl(2) \"File descriptor flags\"; execve(2) \"File descriptors "
	"and exec\"");

#define IORING_SETUP_CLAMP (1U << 4)  /* 5.6 */
#define IORING_SETUP_SUBMIT_ALL (1U << 7) /* 5.18 */

static const struct {
	const char *name;
	unsigned flags;
	const char *since;
} setup_rows[] = {
	{ "none", 0, NULL },
	{ "clamp", IORING_SETUP_CLAMP, "Linux 5.6" },
	{ "submit_all", IORING_SETUP_SUBMIT_ALL, "Linux 5.18" },
	{ "clamp_submit_all", IORING_SETUP_CLAMP | IORING_SETUP_SUBMIT_ALL,
	  "Linux 5.18" },
};

FT_TABLE(set_at_creation, setup_rows)
{
	UR_RING r = UR_NO_RING;
	int fd = ur_setup_since(&r, row->flags, row->since);
	FT_FLAG_SET(ft_getfd(fd), FD_CLOEXEC);
}

FT_POINT(closed_across_exec)
{
	UR_RING r = UR_NO_RING;
	int fd = ur_setup(&r, 0);
	struct ft_probe probe;
	ft_exec_probe(&probe, NULL, NULL);
	FT_TRUE(ft_probe_find(&probe, fd) == NULL);
}

static void clear_cloexec(void *arg)
{
	FT_SYS(fcntl(*(int *)arg, F_SETFD, 0));
}

FT_POINT(kept_across_exec_when_cleared)
{
	UR_RING r = UR_NO_RING;
	int fd = ur_setup(&r, 0);
	struct ft_probe probe;
	ft_exec_probe(&probe, clear_cloexec, &fd);
	const struct ft_probe_fd *got = ft_probe_find(&probe, fd);
	FT_TRUE(got != NULL);
	FT_FLAG_CLEAR(got->fdflags, FD_CLOEXEC);
	FT_STREQ(got->type, "anon");
	FT_EQ(got->ino, ur_ino(fd));
}

/* A copy made by the dup family is close-on-exec only where the call says
   so, and names the same ring: a request submitted through it completes
   on the original's queues. */
FT_TABLE(dup_copy, ft_dup_kinds)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	FT_FD int copy = FT_SYS(row->dup(r.fd));
	int fl = ft_getfd(copy);
	if (row->cloexec)
		FT_FLAG_SET(fl, FD_CLOEXEC);
	else
		FT_FLAG_CLEAR(fl, FD_CLOEXEC);
	struct ur_sqe nop = ur_nop();
	FT_EQ(ur_do_via(&r, &nop, copy, 0), 0);
}
