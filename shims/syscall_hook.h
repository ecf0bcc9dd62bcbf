/*
 * syscall_hook.h - the libc syscall() function wrapped for fault shims,
 * for calls cases make through it (those libc has no wrapper for).  Every
 * call comes to the shim's on_syscall(n, a) with the six argument words
 * read from the variable arguments as longs (they carry ints and
 * pointers alike on the ABIs the suite builds for); real_syscall() makes
 * the real call through the C library's syscall().  The shim defines
 * on_syscall(), before or after including this.
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
	va_list ap;
	va_start(ap, n);
	long a[6];
	for (int i = 0; i < 6; i++)
		a[i] = va_arg(ap, long);
	va_end(ap);
	return on_syscall(n, a);
}
