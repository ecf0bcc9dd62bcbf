/*
 * clone_hook.h - the C library's clone() wrapped for fault shims: every
 * call comes to the shim's on_clone() with the optional arguments
 * (parent_tid, tls, child_tid) read out; real_clone() makes the real
 * call.  The shim defines on_clone(), before or after including this.
 */
#include <dlfcn.h>
#include <sched.h>
#include <stdarg.h>

static int on_clone(int (*fn)(void *), void *stack, int flags, void *arg,
		    int *ptid, void *tls, int *ctid);

static inline int real_clone(int (*fn)(void *), void *stack, int flags,
			     void *arg, int *ptid, void *tls, int *ctid)
{
	static int (*real)(int (*)(void *), void *, int, void *, ...);
	if (!real)
		real = (int (*)(int (*)(void *), void *, int, void *, ...))dlsym(RTLD_NEXT, "clone");
	return real(fn, stack, flags, arg, ptid, tls, ctid);
}

int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...)
{
	va_list ap;
	va_start(ap, arg);
	int *ptid = va_arg(ap, int *);
	void *tls = va_arg(ap, void *);
	int *ctid = va_arg(ap, int *);
	va_end(ap);
	return on_clone(fn, stack, flags, arg, ptid, tls, ctid);
}
