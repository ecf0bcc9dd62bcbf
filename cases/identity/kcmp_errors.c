/*
 * identity/kcmp_errors - kcmp(2) refuses to compare what does not exist:
 * EBADF when a KCMP_FILE index is not an open descriptor of its process
 * (either side, including a number just closed), EINVAL for an unknown
 * type, ESRCH for a PID no process has.
 */
#include "identity.h"
#include <limits.h>

FT_CASE("kcmp: EBADF for a closed descriptor, EINVAL for an unknown type, ESRCH for a missing process",
	"kcmp(2) ERRORS");

FT_POINT(closed_fd_ebadf)
{
	id_need_kcmp();
	FT_FD int fd = ft_tmpfile("x", NULL);
	int closed = FT_SYS(dup(fd));
	FT_SYS(close(closed));
	FT_ERRNO(id_kcmp(getpid(), getpid(), ID_KCMP_FILE, fd, closed), EBADF);
	FT_ERRNO(id_kcmp(getpid(), getpid(), ID_KCMP_FILE, closed, fd), EBADF);
}

static int close_it(void *fd)
{
	return close(*(int *)fd);
}

FT_POINT(closed_in_other_process_ebadf)
{
	id_need_kcmp();
	FT_FD int fd = ft_tmpfile("x", NULL);
	int closed, wr;
	pid_t child = pf_reporting_child(close_it, &fd, &closed, &wr);
	FT_EQ(closed, 0); /* open in the parent, closed in the child */
	FT_ERRNO(id_kcmp(getpid(), child, ID_KCMP_FILE, fd, fd), EBADF);
	pf_release(child, &wr);
}

FT_POINT(unknown_type_einval)
{
	id_need_kcmp();
	FT_ERRNO(id_kcmp(getpid(), getpid(), ID_KCMP_TYPES, 0, 0), EINVAL);
	FT_ERRNO(id_kcmp(getpid(), getpid(), -1, 0, 0), EINVAL);
}

FT_POINT(missing_process_esrch)
{
	id_need_kcmp();
	/* above PID_MAX_LIMIT (4194304): no process can have it */
	FT_ERRNO(id_kcmp(getpid(), INT_MAX, ID_KCMP_FILES, 0, 0), ESRCH);
	FT_ERRNO(id_kcmp(INT_MAX, getpid(), ID_KCMP_FILES, 0, 0), ESRCH);
}
