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

#include "next.h"

int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...)
{
	static int (*real)(int (*)(void *), void *, int, void *, ...);
	if (!real)
		real = (int (*)(int (*)(void *), void *, int, void *, ...))dlsym(
			RTLD_NEXT, "clone");
	va_list ap;
	va_start(ap, arg);
	void *ptid = va_arg(ap, void *);
	void *tls = va_arg(ap, void *);
	void *ctid = va_arg(ap, void *);
	va_end(ap);
	return real(fn, stack, flags & ~CLONE_FILES, arg, ptid, tls, ctid);
}

int unshare(int flags)
{
	__typeof__(&unshare) real = NEXT(unshare);
	flags &= ~CLONE_FILES;
	return flags ? real(flags) : 0;
}
