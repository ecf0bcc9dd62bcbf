/*
 * syscall_hook.h - syscall(2) wrapped for fault shims, for the calls no C
 * library wraps (clone3, kcmp, openat2), which cases make through
 * syscall().  Every call comes to the shim's on_syscall(n, a) with the six
 * argument words; real_syscall() makes the real call through the C
 * library's syscall() (found with dlsym), so the shim can pass on what it
 * does not break.  The shim defines on_syscall(), before or after
 * including this.
 */
#include <dlfcn.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

static long on_syscall(long n, long a[6]);

static inline long real_syscall(long n, const long a[6])
{
	static long (*real)(long, ...);
	if (!real)
		real = (long (*)(long, ...))dlsym(RTLD_NEXT, "syscall");
	return real(n, a[0], a[1], a[2], a[3], a[4], a[5]);
}

long syscall(long n, ...)
{
	long a[6];
	va_list ap;
	va_start(ap, n);
	for (int i = 0; i < 6; i++)
		a[i] = va_arg(ap, long);
	va_end(ap);
	return on_syscall(n, a);
}
