/*
 * pidfd/fork_shares_pidfd - a PID file descriptor is inherited across
 * fork(2) like any descriptor: the child's copy has the same number and
 * refers to the same open file description, so O_NONBLOCK set through
 * the child's copy is seen through the parent's; and it still refers to
 * the same process, so the child sees it turn readable when that process
 * (its sibling) exits.  Axes: the pidfd made by pidfd_open, clone, clone3.
 */
#include "pidfd.h"

FT_CASE("a pidfd inherited across fork shares its open file description and its process",
	"fork(2) DESCRIPTION (the child inherits copies of the descriptors); "
	"open(2) NOTES \"Open file descriptions\"; pidfd_open(2) NOTES \"Use cases for PID file descriptors\"");

FT_TABLE(status_flags_shared, pf_makers)
{
	FT_FD int pidfd = -1, wr = -1;
	pid_t target = pf_parked(row->how, 0, &pidfd, &wr);
	FT_FLAG_CLEAR(ft_getfl(pidfd), O_NONBLOCK);
	pid_t child = ft_fork();
	if (child == 0) {
		FT_TRUE(ft_is_open(pidfd));
		FT_SYS(fcntl(pidfd, F_SETFL, O_NONBLOCK));
		_exit(0);
	}
	FT_CHILD_OK(child);
	FT_FLAG_SET(ft_getfl(pidfd), O_NONBLOCK);
	pf_release(target, &wr);
}

FT_TABLE(child_sees_sibling_exit, pf_makers)
{
	FT_FD int pidfd = -1, wr = -1;
	FT_FDS int ack[2] = FT_NO_FDS;
	pid_t target = pf_parked(row->how, 0, &pidfd, &wr);
	ft_pipe(ack, O_CLOEXEC);
	pid_t child = ft_fork();
	if (child == 0) {
		ft_close(&wr);
		FT_EQ(ft_poll_in(pidfd, 0), 0); /* the sibling runs */
		FT_EQ(write(ack[1], "a", 1), 1);
		FT_EQ(ft_poll_in(pidfd, ft_scaled_ms(2000)), 1);
		_exit(0);
	}
	ft_close(&ack[1]);
	char c;
	FT_EQ(read(ack[0], &c, 1), 1);
	pf_release(target, &wr); /* exits and is reaped by the parent */
	FT_CHILD_OK(child);
}
