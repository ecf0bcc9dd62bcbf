/*
 * exec/cloexec_is_per_descriptor - close-on-exec belongs to the
 * descriptor, not to the open file description: of two descriptors on the
 * same description, execve closes only the one marked FD_CLOEXEC and the
 * other survives on the same file.
 */
#include "exec.h"

FT_CASE("execve closes only the marked descriptor of a duplicated pair",
	"fcntl(2) \"File descriptor flags\"; dup(2) DESCRIPTION; execve(2) \"Effect on process attributes\"");

FT_POINT(marked_duplicate_closed)
{
	struct ft_probe p;
	const struct ft_probe_fd *kept;
	FT_FD int k = ft_tmpfile("x", NULL);
	FT_FD int c = FT_SYS(dup(k));
	FT_SYS(fcntl(c, F_SETFD, FD_CLOEXEC));
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	kept = EX_KEPT(&p, k);
	FT_EQ(kept->ino, ex_ino(c));
}

FT_POINT(unmarked_duplicate_kept)
{
	struct ft_probe p;
	const struct ft_probe_fd *kept;
	FT_FD int c = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_FD int k = FT_SYS(dup(c));
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	kept = EX_KEPT(&p, k);
	FT_EQ(kept->ino, ex_ino(c));
}

/* Every way of starting a new image honours the flag of each descriptor. */
FT_TABLE(via, ex_methods)
{
	struct ft_probe p;
	FT_FD int kept = ft_tmpfile("x", NULL);
	FT_FD int marked = FT_SYS(fcntl(kept, F_DUPFD_CLOEXEC, 0));
	ex_probe_via(row->via, &p);
	EX_GONE(&p, marked);
	EX_KEPT(&p, kept);
}
