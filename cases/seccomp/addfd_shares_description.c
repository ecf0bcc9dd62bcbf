/*
 * seccomp/addfd_shares_description - ADDFD is like passing a descriptor
 * over SCM_RIGHTS: the target's new descriptor refers to the supervisor's
 * open file description, so the file offset is one value (the target's
 * reads move the supervisor's offset and the supervisor's lseek moves the
 * target's) and the status flags are one set (O_APPEND set by the target
 * shows in the supervisor's F_GETFL), and the description outlives the
 * supervisor's close.
 */
#include "seccomp.h"

FT_CASE("the target's ADDFD descriptor shares the supervisor's open file description",
	"seccomp_unotify(2) \"SECCOMP_IOCTL_NOTIF_ADDFD\" (the same open file "
	"description, as with SCM_RIGHTS; Linux 5.9); open(2) NOTES \"Open "
	"file descriptions\"");

/* Traps; reads two bytes and reports them; waits for a word; reads one
   more and reports it; sets O_APPEND; reports done. */
static void target_reads(int ctl, void *arg)
{
	int fd = sn_trap();
	FT_GE(fd, 0);
	char buf[2];
	FT_EQ(read(fd, buf, 2), 2);
	sn_tell(ctl, buf[0] << 8 | buf[1]);
	int word;
	FT_EQ(read(ctl, &word, sizeof word), (ssize_t)sizeof word);
	FT_EQ(read(fd, buf, 1), 1);
	sn_tell(ctl, buf[0]);
	FT_SYS(fcntl(fd, F_SETFL, O_APPEND));
	sn_tell(ctl, 1);
	close(fd);
}

FT_POINT(offset_and_flags_shared)
{
	FT_FD int file = ft_tmpfile("abcdef", NULL);
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, target_reads, NULL);
	uint64_t id = sn_recv(&t);
	int fd = sn_addfd(&t, id, file, 0, 0, O_CLOEXEC);
	sn_send(&t, id, fd);
	FT_EQ(sn_hear(t.ctl), 'a' << 8 | 'b');
	FT_EQ(ft_offset(file), 2);
	FT_EQ(lseek(file, 4, SEEK_SET), 4);
	sn_tell(t.ctl, 1);
	FT_EQ(sn_hear(t.ctl), 'e');
	FT_EQ(sn_hear(t.ctl), 1);
	FT_FLAG_SET(ft_getfl(file), O_APPEND);
	FT_EQ(ft_offset(file), 5);
	sn_finish(&t);
}

FT_POINT(outlives_supervisor_close)
{
	int file = ft_tmpfile("abcdef", NULL);
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, target_reads, NULL);
	uint64_t id = sn_recv(&t);
	int fd = sn_addfd(&t, id, file, 0, 0, O_CLOEXEC);
	FT_SYS(close(file));
	sn_send(&t, id, fd);
	FT_EQ(sn_hear(t.ctl), 'a' << 8 | 'b');
	sn_tell(t.ctl, 1);
	FT_EQ(sn_hear(t.ctl), 'c');
	FT_EQ(sn_hear(t.ctl), 1);
	sn_finish(&t);
}
