/*
 * pty/posix_openpt_cloexec - the flags given to posix_openpt() reach the
 * open of the multiplexor: a master opened with O_CLOEXEC is close-on-exec
 * (F_GETFD, and it is gone in an exec'd image), one opened without is not
 * and survives exec, still a character device.  glibc and musl pass the
 * flags through to open(2).
 */
#include "pty.h"
#include "../exec/exec.h"

FT_CASE("posix_openpt(O_CLOEXEC) gives a close-on-exec master; without it the master survives exec",
	"posix_openpt(3) DESCRIPTION and NOTES; open(2) O_CLOEXEC; "
	"execve(2) \"Effect on process attributes\"");

static const struct { const char *name; int flags; int cloexec; } rows[] = {
	{ "rdwr", O_RDWR, 0 },
	{ "noctty", O_RDWR | O_NOCTTY, 0 },
	{ "cloexec", O_RDWR | O_CLOEXEC, 1 },
	{ "noctty_cloexec", O_RDWR | O_NOCTTY | O_CLOEXEC, 1 },
};

FT_TABLE(fd_flag, rows)
{
	FT_FD int m = pty_master(row->flags);
	if (row->cloexec)
		FT_FLAG_SET(ft_getfd(m), FD_CLOEXEC);
	else
		FT_FLAG_CLEAR(ft_getfd(m), FD_CLOEXEC);
}

FT_TABLE(across_exec, rows)
{
	struct ft_probe p;
	FT_FD int m = pty_master(row->flags);
	ft_exec_probe(&p, NULL, NULL);
	if (row->cloexec) {
		EX_GONE(&p, m);
	} else {
		FT_STREQ(EX_KEPT(&p, m)->type, "chr");
	}
}
