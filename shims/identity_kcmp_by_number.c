/*
 * shim identity_kcmp_by_number: kcmp() compares descriptor numbers and
 * process IDs instead of kernel objects: KCMP_FILE answers "same" only for
 * the same number in the same process, KCMP_FILES only for the same
 * process ID (a thread's ID or a CLONE_FILES child differ).  Errors the
 * real call reports are passed on.
 *
 * fdsuite-targets: identity/kcmp_file_dup identity/kcmp_file_fork
 * fdsuite-targets: identity/kcmp_file_scm_rights identity/kcmp_files_table
 */
#include "syscall_hook.h"

static long on_syscall(long n, long a[6])
{
	long r = real_syscall(n, a);
	if (n != SYS_kcmp || r == -1)
		return r;
	if (a[2] == 0) /* KCMP_FILE */
		return a[0] == a[1] && a[3] == a[4] ? 0 : 1;
	if (a[2] == 2) /* KCMP_FILES */
		return a[0] == a[1] ? 0 : 1;
	return r;
}
