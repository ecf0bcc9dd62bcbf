/*
 * scm_rights/ctrunc_closes_excess - when the receiver's control buffer is
 * too small for the descriptor list, recvmsg() sets MSG_CTRUNC, installs
 * the descriptors that fit, and closes the rest in the receiver: they are
 * neither leaked into its table nor kept open anywhere.  Without a control
 * buffer at all every passed descriptor is discarded the same way.
 */
#include "scm_rights.h"

FT_CASE("MSG_CTRUNC: descriptors that do not fit are closed, not leaked",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; recv(2) \"recvmsg()\" MSG_CTRUNC");

#define NPIPES 4

/* Sends the write ends of NPIPES pipes (closing the sender's copies) and
   receives them with a control buffer for room ints (-1: none).  Whatever
   arrives, nothing else may stay open: the table grows by exactly the
   descriptors delivered, and every pipe whose write end was not delivered
   sees EOF.  With flags, also that MSG_CTRUNC is set and that exactly the
   descriptors that fit arrived. */
static void run(int room, int flags)
{
	int sv[2], p[NPIPES][2], w[NPIPES];
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
	for (int i = 0; i < NPIPES; i++) {
		FT_SYS(pipe(p[i]));
		w[i] = p[i][1];
	}
	FT_EQ(scm_send(sv[0], w, NPIPES, "x", 1), 1);
	for (int i = 0; i < NPIPES; i++)
		close(w[i]);
	int fit = room < 0 ? 0 : scm_fit(room);
	FT_LT(fit, NPIPES);
	int before = scm_nopen();
	struct scm_got g;
	char c;
	FT_EQ(scm_recv(sv[1], &c, 1, room, 0, &g), 1);
	if (flags) {
		FT_NE(g.msg_flags & MSG_CTRUNC, 0);
		FT_EQ(g.nfds, fit);
	}
	FT_LE(g.nfds, fit);
	/* only the delivered ones are new in the table */
	FT_EQ(scm_nopen(), before + g.nfds);
	for (int i = 0; i < NPIPES; i++) {
		if (i < g.nfds) { /* installed: the pipe still has a writer */
			FT_EQ(ft_poll_in(p[i][0], 0), 0);
		} else { /* closed: its reader sees EOF */
			FT_EQ(ft_poll_in(p[i][0], 1000), 1);
			FT_EQ(read(p[i][0], &c, 1), 0);
		}
	}
	scm_close_got(&g);
	for (int i = 0; i < NPIPES; i++)
		close(p[i][0]);
	close(sv[0]);
	close(sv[1]);
}

FT_POINT(short_buffer_keeps_first_closes_rest)
{
	run(1, 1);
}

/* The same receive judged by the table alone: a receiver that was not
   told of the truncation must not be left holding descriptors it never
   saw either. */
FT_POINT(short_buffer_leaves_no_extra_fd)
{
	run(1, 0);
}

FT_POINT(no_control_buffer_discards_all)
{
	run(-1, 1);
}
