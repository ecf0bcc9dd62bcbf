/*
 * seccomp/addfd_setfd - with SECCOMP_ADDFD_FLAG_SETFD, ADDFD installs on
 * the number newfd names in the target: a free one far above the open
 * descriptors, or an open one, which is closed and reused (the file that
 * was there loses the target's reference: a pipe whose only writer sat
 * there reaches end-of-file), with newfd_flags deciding close-on-exec
 * afresh.  If the file to add is bad (srcfd not open) the number newfd is
 * left as it was.
 */
#include "seccomp.h"

FT_CASE("ADDFD with SECCOMP_ADDFD_FLAG_SETFD installs on the chosen number, replacing",
	"seccomp_unotify(2) \"SECCOMP_IOCTL_NOTIF_ADDFD\" (SECCOMP_ADDFD_FLAG_SETFD, "
	"newfd; Linux 5.9); dup2(2) DESCRIPTION (the replaced descriptor is "
	"closed)");

/* Reports a free number far above its open descriptors, traps, and
   reports the file there and its FD_CLOEXEC bit. */
static void target_high(int ctl, void *arg)
{
	int high = sn_high_free();
	sn_tell(ctl, high);
	sn_trap_expect(high);
	sn_tell_file(ctl, high);
	sn_tell(ctl, !!(ft_getfd(high) & FD_CLOEXEC));
	close(high);
}

FT_POINT(onto_free_number)
{
	FT_FD int file = ft_tmpfile("x", NULL);
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, target_high, NULL);
	int high = sn_hear(t.ctl);
	uint64_t id = sn_recv(&t);
	FT_EQ(sn_addfd(&t, id, file, (unsigned)high, SECCOMP_ADDFD_FLAG_SETFD,
		       O_CLOEXEC), high);
	sn_send(&t, id, high);
	sn_hear_same_file(t.ctl, file);
	FT_EQ(sn_hear(t.ctl), 1);
	sn_finish(&t);
}

struct writer { int rd, wr; };

/* Holds the only write end of the supervisor's pipe on a number it
   reports (close-on-exec set), traps, reports what is there then. */
static void target_writer(int ctl, void *arg)
{
	struct writer *w = arg;
	FT_SYS(close(w->rd));
	FT_SYS(fcntl(w->wr, F_SETFD, FD_CLOEXEC));
	sn_tell(ctl, w->wr);
	sn_trap_expect(w->wr);
	sn_tell_file(ctl, w->wr);
	sn_tell(ctl, !!(ft_getfd(w->wr) & FD_CLOEXEC));
	int word; /* lives on until the supervisor has looked */
	FT_EQ(read(ctl, &word, sizeof word), (ssize_t)sizeof word);
}

FT_POINT(replaces_open_number)
{
	FT_FD int file = ft_tmpfile("x", NULL);
	int p[2];
	ft_pipe(p, 0);
	struct writer w = { p[0], p[1] };
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, target_writer, &w);
	FT_SYS(close(p[1])); /* the target holds the only writer */
	FT_FD int reader = p[0];
	int num = sn_hear(t.ctl);
	uint64_t id = sn_recv(&t);
	FT_EQ(ft_poll_in(reader, 0), 0);
	FT_EQ(sn_addfd(&t, id, file, (unsigned)num, SECCOMP_ADDFD_FLAG_SETFD,
		       0), num);
	sn_send(&t, id, num);
	sn_hear_same_file(t.ctl, file);
	FT_EQ(sn_hear(t.ctl), 0); /* newfd_flags 0: cleared */
	/* the old writer is gone while the target lives on (the target
	   drops the replaced file, at the latest when its call returns) */
	FT_EQ(ft_poll_in(reader, 2000), 1);
	char c;
	FT_EQ(read(reader, &c, 1), 0);
	sn_tell(t.ctl, 1);
	sn_finish(&t);
}

/* Traps with a pipe's write end on a number; the trapped call must fail as
   the supervisor says, and the number keep its file. */
static void target_keeps(int ctl, void *arg)
{
	struct writer *w = arg;
	sn_tell(ctl, w->wr);
	errno = 0;
	FT_EQ(sn_trap(), -1);
	FT_EQ(errno, EPERM);
	sn_tell_file(ctl, w->wr);
}

FT_POINT(bad_source_keeps_number)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	struct writer w = { p[0], p[1] };
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, target_keeps, &w);
	int num = sn_hear(t.ctl);
	uint64_t id = sn_recv(&t);
	int bad = ft_lowest_free();
	sn_addfd_fails(&t, id, bad, (unsigned)num, SECCOMP_ADDFD_FLAG_SETFD, 0,
		       EBADF);
	FT_SYS(sn_send_call(t.listener, id, 0, -EPERM));
	sn_hear_same_file(t.ctl, p[1]);
	sn_finish(&t);
}
