/*
 * scm_rights/several_fds_in_order - one SCM_RIGHTS message can carry an
 * array of descriptors; they arrive as one array in the same order, each
 * referring to the file at the same position in the sender's array.
 */
#include "scm_rights.h"

FT_CASE("several descriptors in one message arrive in the order sent",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; cmsg(3) DESCRIPTION");

FT_POINT(array_order_kept)
{
	int sv[2], f[4];
	const char *text[4] = { "zero", "one", "two", "three" };
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
	for (int i = 0; i < 4; i++)
		f[i] = ft_tmpfile(text[i], NULL);
	/* an order that differs from the numeric order */
	int order[4] = { f[2], f[0], f[3], f[1] };
	FT_EQ(scm_send(sv[0], order, 4, "x", 1), 1);
	struct scm_got g;
	char c;
	FT_EQ(scm_recv(sv[1], &c, 1, 4, 0, &g), 1);
	FT_EQ(g.ncmsg, 1);
	FT_EQ(g.nfds, 4);
	int idx[4] = { 2, 0, 3, 1 };
	for (int i = 0; i < 4; i++) {
		char buf[8] = "";
		FT_EQ(pread(g.fds[i], buf, sizeof buf - 1, 0),
		      (long long)strlen(text[idx[i]]));
		FT_STREQ(buf, text[idx[i]]);
	}
	scm_close_got(&g);
	for (int i = 0; i < 4; i++)
		close(f[i]);
	close(sv[0]);
	close(sv[1]);
}

FT_POINT(all_received_numbers_distinct_and_new)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	int send[3] = { sv[0], sv[0], sv[1] };
	FT_EQ(scm_send(sv[0], send, 3, "x", 1), 1);
	struct scm_got g;
	char c;
	FT_EQ(scm_recv(sv[1], &c, 1, 3, 0, &g), 1);
	FT_EQ(g.nfds, 3);
	for (int i = 0; i < 3; i++) {
		FT_NE(g.fds[i], sv[0]);
		FT_NE(g.fds[i], sv[1]);
		for (int j = 0; j < i; j++)
			FT_NE(g.fds[i], g.fds[j]);
	}
	scm_close_got(&g);
}
