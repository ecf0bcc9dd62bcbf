/*
 * identity.h - helpers shared by the cases under cases/identity/: asking
 * the kernel whether two descriptors refer to one open file description,
 * through kcmp(2) KCMP_FILE / KCMP_FILES and fcntl(2) F_DUPFD_QUERY.
 * Descriptors are passed with the helpers of cases/scm_rights/; the
 * parked and reporting children and the pidfd calls come through
 * cases/pidfd/pidfd.h.
 */
#ifndef IDENTITY_H
#define IDENTITY_H
#include "fdtest.h"
#include "../scm_rights/scm_rights.h"
#include "../pidfd/pidfd.h" /* the parked and reporting children, pidfd_* */
#include <pthread.h>
#include <sched.h>

/* kcmp(2) types: an enum in <linux/kcmp.h>, which musl's and older
   sysroots may lack, so the values (fixed ABI since Linux 3.5) are
   spelled here. */
#define ID_KCMP_FILE 0
#define ID_KCMP_FILES 2
#define ID_KCMP_TYPES 8 /* KCMP_TYPES in Linux 4.13 and later: no such type */
#ifndef F_DUPFD_QUERY
#define F_DUPFD_QUERY (1024 + 3) /* Linux 6.10 */
#endif

/* kcmp has no wrapper in any C library: the system call. */
static inline long id_kcmp(pid_t pid1, pid_t pid2, int type, unsigned long idx1,
			   unsigned long idx2)
{
	return syscall(SYS_kcmp, pid1, pid2, type, idx1, idx2);
}

/* kcmp(KCMP_FILE) of a descriptor with itself: 0 where kcmp works; errno
   kept for the caller. */
static inline long id_kcmp_probe_(void)
{
	int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
	if (fd == -1)
		return -1;
	long r = id_kcmp(getpid(), getpid(), ID_KCMP_FILE, (unsigned long)fd,
			 (unsigned long)fd);
	int e = errno;
	close(fd);
	errno = e;
	return r;
}

/* Skip the point unless kcmp works here: ENOSYS where the kernel lacks
   it (built without CONFIG_CHECKPOINT_RESTORE, or CONFIG_KCMP since
   5.12; gVisor, some emulators), EPERM as a denial (seccomp, ptrace
   restrictions).  Call it before forking. */
#define id_need_kcmp()                                                       \
	FT_NEED_CALL(id_kcmp_probe_(), "kcmp",                               \
		     "Linux 3.5 with CONFIG_CHECKPOINT_RESTORE (or CONFIG_KCMP, 5.12)")

/* Skip the point unless fcntl knows F_DUPFD_QUERY (EINVAL before 6.10). */
static inline long id_query_probe_(void)
{
	int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
	if (fd == -1)
		return -1;
	long r = fcntl(fd, F_DUPFD_QUERY, fd);
	int e = errno;
	close(fd);
	errno = e;
	return r;
}
#define id_need_dupfd_query()                                                \
	FT_NEED_FLAG(id_query_probe_(), "F_DUPFD_QUERY", "Linux 6.10")

/* kcmp(KCMP_FILE) between (pid1, fd1) and (pid2, fd2), checked: yields
   0 (same open file description) or 1, 2, 3 (different). */
#define id_kcmp_file(pid1, fd1, pid2, fd2)                                   \
	FT_SYS(id_kcmp((pid1), (pid2), ID_KCMP_FILE, (unsigned long)(fd1),   \
		       (unsigned long)(fd2)))

#endif
