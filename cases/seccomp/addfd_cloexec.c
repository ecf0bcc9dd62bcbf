/*
 * seccomp/addfd_cloexec - the close-on-exec flag of a descriptor
 * SECCOMP_IOCTL_NOTIF_ADDFD installs is what newfd_flags says (O_CLOEXEC
 * or nothing), not the flag of the supervisor's descriptor (a descriptor
 * flag, which is not part of the file); so an image the target execs keeps
 * the descriptor exactly when newfd_flags had no O_CLOEXEC.
 */
#include "seccomp.h"

FT_CASE("ADDFD's newfd_flags, not the source, decide the new descriptor's FD_CLOEXEC",
	"seccomp_unotify(2) \"SECCOMP_IOCTL_NOTIF_ADDFD\" (newfd_flags "
	"O_CLOEXEC; Linux 5.9); fcntl(2) \"File descriptor flags\"; execve(2) "
	"\"File descriptors and exec\"");

static const struct {
	const char *name;
	int src_flags;      /* the supervisor's descriptor */
	unsigned newfd_flags;
} rows[] = {
	{ "plain_from_plain", 0, 0 },
	{ "plain_from_cloexec", O_CLOEXEC, 0 },
	{ "cloexec_from_plain", 0, O_CLOEXEC },
	{ "cloexec_from_cloexec", O_CLOEXEC, O_CLOEXEC },
};

/* Traps, then reports the FD_CLOEXEC bit of the number it got (0/1) and
   whether an exec'd image holds that number (0/1). */
static void target_flags(int ctl, void *arg)
{
	int fd = sn_trap();
	FT_GE(fd, 0);
	sn_tell(ctl, !!(ft_getfd(fd) & FD_CLOEXEC));
	struct ft_probe probe;
	ft_exec_probe(&probe, NULL, NULL);
	sn_tell(ctl, ft_probe_find(&probe, fd) != NULL);
	close(fd);
}

static void run(int src_flags, unsigned newfd_flags, int *cloexec, int *kept)
{
	FT_FD int file = FT_SYS(open("/dev/null", O_RDONLY | src_flags));
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, target_flags, NULL);
	uint64_t id = sn_recv(&t);
	int fd = sn_addfd(&t, id, file, 0, 0, newfd_flags);
	sn_send(&t, id, fd);
	*cloexec = sn_hear(t.ctl);
	*kept = sn_hear(t.ctl);
	sn_finish(&t);
}

FT_TABLE(flag_from_newfd_flags, rows)
{
	int cloexec, kept;
	run(row->src_flags, row->newfd_flags, &cloexec, &kept);
	FT_EQ(cloexec, (row->newfd_flags & O_CLOEXEC) ? 1 : 0);
	FT_EQ(kept, (row->newfd_flags & O_CLOEXEC) ? 0 : 1);
}
