/*
 * seccomp/addfd_takes_lowest - SECCOMP_IOCTL_NOTIF_ADDFD (Linux 5.9)
 * without SECCOMP_ADDFD_FLAG_SETFD installs the supervisor's file in the
 * target on the lowest free number of the target's table, whatever the
 * supervisor's own table holds, and returns that number; a second ADDFD
 * for the same notification takes the next free one.  The target's
 * trapped call returns the number the supervisor sends back, and the
 * descriptor there names the supervisor's file.
 */
#include "seccomp.h"

FT_CASE("SECCOMP_IOCTL_NOTIF_ADDFD installs on the target's lowest free number",
	"seccomp_unotify(2) \"SECCOMP_IOCTL_NOTIF_ADDFD\" (newfd 0: the lowest "
	"unused number in the target; Linux 5.9); POSIX XSH 2.14 File "
	"Descriptor Allocation");

/* Makes a gap in its table, reports the gap and the next free number
   above it, traps, and reports the files on those numbers. */
static void target_gap(int ctl, void *arg)
{
	FT_FD int plug = -1;
	int gap = sn_gap(&plug);
	int next = sn_free_above(gap);
	sn_tell(ctl, gap);
	sn_tell(ctl, next);
	sn_trap_expect(gap);
	sn_tell_file(ctl, gap);
	sn_tell_file(ctl, next);
	close(gap);
	close(next);
}

static const struct {
	const char *name;
	int second;      /* a second ADDFD for the same notification */
	int occupy_mine; /* the gap's number taken in the supervisor's table */
} rows[] = {
	{ "fills_target_gap", 0, 0 },
	{ "second_takes_next_free", 1, 0 },
	{ "supervisor_table_irrelevant", 0, 1 },
};

FT_TABLE(lowest, rows)
{
	FT_FD int file = ft_tmpfile("x", NULL);
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, target_gap, NULL);
	int gap = sn_hear(t.ctl);
	int next = sn_hear(t.ctl);
	/* (the gap may be open in the supervisor already: the target closed
	   its copy of the control socket's other end) */
	FT_FD int mine = -1;
	if (row->occupy_mine && !ft_is_open(gap))
		mine = FT_SYS(dup3(p[1], gap, O_CLOEXEC));
	if (row->occupy_mine)
		FT_TRUE(ft_is_open(gap));
	uint64_t id = sn_recv(&t);
	FT_EQ(sn_addfd(&t, id, file, 0, 0, 0), gap);
	if (row->second)
		FT_EQ(sn_addfd(&t, id, p[0], 0, 0, 0), next);
	sn_send(&t, id, gap);
	sn_hear_same_file(t.ctl, file);
	/* the next number: the second file, or still free */
	sn_hear_same_file(t.ctl, row->second ? p[0] : -1);
	sn_finish(&t);
}
