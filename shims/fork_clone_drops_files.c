/*
 * shim fork_clone_drops_files: clone() ignores CLONE_FILES (the child
 * always gets a copy of the table) and unshare(CLONE_FILES) is a no-op
 * that reports success, as in an emulator that does not model shared
 * descriptor tables between processes.
 *
 * fdsuite-targets: fork/clone_files_shares_table fork/unshare_files_splits
 * fdsuite-targets: exec/shared_table_unshared_at_exec
 */
#include <dlfcn.h>
#include <sched.h>
#include <stdarg.h>

#include "clone_hook.h"
#include "next.h"

static int on_clone(int (*fn)(void *), void *stack, int flags, void *arg,
		    int *ptid, void *tls, int *ctid)
{
	return real_clone(fn, stack, flags & ~CLONE_FILES, arg, ptid, tls, ctid);
}

int unshare(int flags)
{
	__typeof__(&unshare) real = NEXT(unshare);
	flags &= ~CLONE_FILES;
	return flags ? real(flags) : 0;
}
