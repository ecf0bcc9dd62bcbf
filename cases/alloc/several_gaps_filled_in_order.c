/*
 * alloc/several_gaps_filled_in_order - with several gaps in the table,
 * successive creations fill them in ascending order, whichever call
 * creates the descriptor (open, dup, pipe, socket, fcntl F_DUPFD), and only
 * then go above the highest open descriptor.
 *
 * Cites: open(2) DESCRIPTION; dup(2) DESCRIPTION; fcntl(2) "Duplicating a
 * file descriptor"; POSIX XSH 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"
#include <sys/socket.h>

FT_CASE("several gaps are filled lowest first, by any creating call",
	"open(2) DESCRIPTION; dup(2) DESCRIPTION; fcntl(2) \"Duplicating a file descriptor\"; POSIX XSH 2.14 File Descriptor Allocation");

#define N 10

FT_POINT(gaps_filled_ascending_then_above)
{
	FT_FD int src = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	int f[N];
	alloc_place(src, f, N);
	int above = alloc_free_above(f[N - 1]);
	/* free f[7], f[1], f[5], f[3] (not in order): four gaps */
	int order[] = { 7, 1, 5, 3 };
	for (int i = 0; i < 4; i++)
		FT_SYS(close(f[order[i]]));
	FT_FD int a = FT_SYS(dup(f[0]));
	FT_EQ(a, f[1]);
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_EQ(p[0] < p[1] ? p[0] : p[1], f[3]);
	FT_EQ(p[0] < p[1] ? p[1] : p[0], f[5]);
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_DGRAM, 0));
	FT_EQ(s, f[7]);
	FT_FD int d = FT_SYS(fcntl(f[0], F_DUPFD, 0));
	FT_EQ(d, above);
	for (int i = 0; i < N; i += 2)
		close(f[i]);
	close(f[9]);
}
