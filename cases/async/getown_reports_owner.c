/*
 * async/getown_reports_owner - F_GETOWN returns the owner F_SETOWN set: a
 * process as its positive ID, a process group as the negated group ID,
 * and 0 once the owner is cleared.  F_GETOWN_EX reports the same owner
 * with its kind (F_OWNER_PID, F_OWNER_PGRP, and F_OWNER_TID for a thread
 * named with F_SETOWN_EX), the group ID then positive.  A descriptor
 * nobody set an owner on has owner 0.
 */
#include "async.h"

FT_CASE("F_GETOWN and F_GETOWN_EX report the owner F_SETOWN or F_SETOWN_EX set",
	"fcntl(2) \"Managing signals\" (F_GETOWN, F_SETOWN, F_GETOWN_EX, F_SETOWN_EX; Linux 2.6.32)");

FT_POINT(new_descriptor_has_no_owner)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	FT_EQ(fcntl(p[0], F_GETOWN), 0);
	FT_EQ(async_getown_ex(p[0]).pid, 0);
}

FT_POINT(setown_process)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	FT_SYS(fcntl(p[0], F_SETOWN, getpid()));
	FT_EQ(fcntl(p[0], F_GETOWN), getpid());
	struct f_owner_ex o = async_getown_ex(p[0]);
	FT_EQ(o.type, F_OWNER_PID);
	FT_EQ(o.pid, getpid());
}

FT_POINT(setown_group_negative)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	pid_t pgrp = getpgrp();
	FT_SYS(fcntl(p[0], F_SETOWN, -pgrp));
	FT_EQ(fcntl(p[0], F_GETOWN), -pgrp);
	struct f_owner_ex o = async_getown_ex(p[0]);
	FT_EQ(o.type, F_OWNER_PGRP);
	FT_EQ(o.pid, pgrp);
}

FT_POINT(setown_zero_clears)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	FT_SYS(fcntl(p[0], F_SETOWN, getpid()));
	FT_EQ(fcntl(p[0], F_GETOWN), getpid());
	FT_SYS(fcntl(p[0], F_SETOWN, 0));
	FT_EQ(fcntl(p[0], F_GETOWN), 0);
}

static const struct {
	const char *name;
	int type;
} ex_rows[] = {
	{ "tid", F_OWNER_TID },
	{ "pid", F_OWNER_PID },
	{ "pgrp", F_OWNER_PGRP },
};

FT_TABLE(setown_ex_round_trip, ex_rows)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, p);
	pid_t who = row->type == F_OWNER_TID ? async_gettid()
		    : row->type == F_OWNER_PID ? getpid() : getpgrp();
	async_setown_ex(p[0], row->type, who);
	struct f_owner_ex o = async_getown_ex(p[0]);
	FT_EQ(o.type, row->type);
	FT_EQ(o.pid, who);
	if (row->type == F_OWNER_PGRP)
		FT_EQ(fcntl(p[0], F_GETOWN), -who);
	else
		FT_EQ(fcntl(p[0], F_GETOWN), who);
}

/* The last owner set wins, whichever call set it. */
FT_POINT(setown_replaces_setown_ex)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	async_setown_ex(p[0], F_OWNER_PGRP, getpgrp());
	FT_SYS(fcntl(p[0], F_SETOWN, getpid()));
	struct f_owner_ex o = async_getown_ex(p[0]);
	FT_EQ(o.type, F_OWNER_PID);
	FT_EQ(o.pid, getpid());
}
